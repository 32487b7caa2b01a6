// Intro text.
//
// Deprecated:   spaces are skipped
module example.com/dep
