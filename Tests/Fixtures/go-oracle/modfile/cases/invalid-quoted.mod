module "example.com/a\q"
