// a  control character in a comment
module example.com/ctl // and  here
