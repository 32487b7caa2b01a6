module example.com/café

require example.com/日本 v1.0.0 // 注释 indirect
