module example.com/words
