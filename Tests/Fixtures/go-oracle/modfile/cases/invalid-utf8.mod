module example.com/xÿy
