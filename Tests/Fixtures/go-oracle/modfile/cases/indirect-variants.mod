module example.com/ind

require example.com/a v1.0.0 //indirect
require example.com/b v1.0.0 // indirect; note
require example.com/c v1.0.0 // indirect x
require example.com/d v1.0.0 //	indirect	
require example.com/e v1.0.0 // Indirect
require example.com/f v1.0.0 // x; indirect
require example.com/g v1.0.0 // indirect;
require example.com/h v1.0.0 // indirect;x
// indirect
require example.com/i v1.0.0
require (
	example.com/j v1.0.0 // indirect
)
