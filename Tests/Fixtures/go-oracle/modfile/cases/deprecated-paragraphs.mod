// Deprecated: first paragraph
// continues here.
//
// Second paragraph.
module example.com/dep
