module example.com/x
/* comment */
