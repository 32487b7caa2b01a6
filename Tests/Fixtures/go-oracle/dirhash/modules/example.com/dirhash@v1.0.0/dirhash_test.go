package dirhash

import "testing"

func TestName(t *testing.T) {}
