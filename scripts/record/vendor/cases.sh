# The cases of scripts/record/vendor/record.sh (sourced by it; not run on its own).
#
# Each case: begin NAME BASE WHAT, edits of the copied base, one or more runs of the go command
# (`go [CWD=SUBDIR] [VAR=VALUE...] ARGS...`, or `both` for `go list -m` then `go list -mod=vendor -m`),
# then end. Bases (see record.sh): single (go 1.22), single-1.13/1.14/1.16/1.17, work (go.work).
#
# vendor/modules.txt of the single base, by line:
#   1 # example.com/a v1.0.0                 2 ## explicit; go 1.20        3 example.com/a
#   4 # example.com/b v1.2.0                 5 ## explicit; go 1.19        6 example.com/b/pkg
#   7 # example.com/c v1.1.0                 8 ## explicit                 9 example.com/c
#  10 # example.com/d v1.0.0 => ./local/d   11 ## explicit; go 1.21       12 example.com/d
#  13 # example.com/e v1.0.0 => example.com/e2 v1.1.0   14 ## explicit; go 1.21   15 example.com/e
#  16 # example.com/f v1.0.0                17 ## explicit
#  18 # example.com/g/v2 v2.0.0             19 ## explicit; go 1.21       20 example.com/g/v2
#  21 # example.com/inc v3.0.0+incompatible 22 ## explicit                23 example.com/inc
#  24 # example.com/p v0.0.0-2023…          25 ## explicit; go 1.16       26 example.com/p
#  27 # example.com/e => example.com/e2 v1.1.0
#  28 # example.com/unused v1.0.0 => ./unused

PROXY_ENV=GOPROXY=$PROXY_URL

# --- Consistent bases and the mode decision --------------------------------------------------

begin single-consistent single "the base as go mod vendor wrote it, under every way of choosing -mod"
go list -m
go list -mod=vendor -m
go list -mod=readonly -m
go list -mod=mod -m
go GOFLAGS=-mod=vendor list -m
go GOFLAGS=-mod=mod list -m
go GOFLAGS=-mod=vendor list -mod=readonly -m
go GO111MODULE=auto list -m
go GO111MODULE=on list -mod=vendor -m
end

begin single-1.13-consistent single-1.13 "go 1.13: vendor/ is not used by default; -mod=vendor relaxes the check (pre114)"
both
go GOFLAGS=-mod=vendor list -m
end

begin single-1.14-consistent single-1.14 "go 1.14: the first version with ## explicit and default vendor mode"
both
end

begin single-1.16-consistent single-1.16 "go 1.16: no go annotations; a vendored module not in go.mod is fine (unpruned)"
both
end

begin single-1.17-consistent single-1.17 "go 1.17: go annotations and the pruned check of vendored versions"
both
end

begin work-consistent work "the workspace base as go work vendor wrote it"
both
go list -mod=readonly -m
go CWD=m1 list -m
go CWD=m2 list -mod=vendor -m
go CWD=m1 GOWORK=off list -m
end

begin mode-vendor-missing single "no vendor directory: readonly by default; -mod=vendor reads an empty modules.txt"
remove vendor
both
end

begin mode-modules-txt-missing single "vendor/ without modules.txt: vendor mode, every requirement unmarked"
remove "$M"
put vendor/.keep </dev/null
both
end

begin mode-modules-txt-missing-no-requirements none "vendor/ without modules.txt and a go.mod with nothing to check"
put go.mod <<'EOF'
module example.com/main

go 1.22
EOF
put vendor/.keep </dev/null
both
end

begin mode-modules-txt-empty single "an empty modules.txt"
put "$M" </dev/null
both
end

begin mode-vendor-is-file single "vendor is a file, not a directory"
remove vendor
printf 'not a directory\n' | put vendor
both
end

begin mode-workspace-marker-single single "a single module whose modules.txt says ## workspace"
edit "$M" '1i ## workspace'
both
end

begin mode-workspace-marker-entries single "## explicit; workspace on line 1 also marks a workspace vendor directory"
edit "$M" '1i ## explicit; workspace'
both
end

begin mode-workspace-marker-not-first single "## workspace after line 1 is an ordinary annotation"
edit "$M" '2i ## workspace'
both
end

begin mode-goflags single "GOFLAGS and -mod with an inconsistent modules.txt"
edit "$M" '2s/explicit; //'
go list -m
go GOFLAGS=-mod=vendor list -m
go GOFLAGS=-mod=mod list -m
go GOFLAGS=-mod=readonly list -m
go GOFLAGS=-mod=readonly list -mod=vendor -m
go GOFLAGS=-mod=vendor list -mod=mod -m
go "GOFLAGS=-mod=mod -mod=vendor" list -m
go GOFLAGS=--mod=vendor list -mod=readonly -m
go list -mod= -m
go GOFLAGS=-mod= list -m
end

begin mode-mod-invalid single "an unknown -mod value"
go list -mod=foo -m
go GOFLAGS=-mod=foo list -m
go list -mod= -m
end

begin mode-go111module single "GO111MODULE settings"
go GO111MODULE=off list -m
go GO111MODULE=off list -mod=vendor -m
go GO111MODULE=off GOFLAGS=-mod=vendor list -m
go GO111MODULE=bogus list -m
go GO111MODULE=auto list -mod=vendor -m
end

begin mode-go-1.13-goflags single-1.13 "go 1.13 with an inconsistent vendor directory, per mode"
edit "$M" 's/^# example.com\/c v1.1.0$/# example.com\/c v1.1.1/'
both
go GOFLAGS=-mod=vendor list -m
go list -mod=readonly -m
end

# --- go.mod go versions --------------------------------------------------------------------

begin gomod-no-go-line single "go.mod without a go line: readonly by default; -mod=vendor uses the pre-1.14 rules"
edit go.mod '/^go 1.22$/d'
both
end

begin gomod-no-go-line-mismatch single "no go line and a version mismatch: the pre-1.14 message"
edit go.mod '/^go 1.22$/d'
edit "$M" '1s/v1.0.0/v1.0.1/'
both
end

# --- Outside vendor mode: go.mod without a go line -------------------------------------------
# Without a go line go assumes go 1.16: vendor/ is not used by default and the module graph is
# not pruned, so a redundant requirement makes `go list -m` load the graph, which under
# -mod=readonly needs go.sum's /go.mod line of every root (of its replacement, if replaced) and
# reports the first one missing. Hashes are placeholders: no case has a root's /go.mod line, so go
# only looks the lines up and reads nothing from the module cache (a line present would make it
# read that go.mod and verify it). No run uses -mod=mod (it would add a go line to go.mod).

begin outside-toolchain-no-go none "a toolchain line and no go line, nothing required: go is silent"
put go.mod <<'EOF'
module example.com/main

toolchain go1.21.0
EOF
both
go list -mod=readonly -m
end

begin outside-toolchain-no-go-requirements single "the single base with its go line replaced by a toolchain line: not vendor mode by default"
edit go.mod 's/^go 1.22$/toolchain go1.21.0/'
both
go list -mod=readonly -m
end

begin outside-toolchain-no-go-gosum none "a toolchain line, no go line, requirements and a go.sum"
put go.mod <<'EOF'
module example.com/main

toolchain go1.22.0

require (
	example.com/a v1.0.0
	example.com/c v1.1.0
)
EOF
put go.sum <<'EOF'
example.com/a v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
example.com/c v1.1.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
EOF
both
go list -mod=readonly -m
end

begin outside-no-go-redundant-no-gosum none "no go line, a path required twice, no go.sum: the first root's go.sum line is missing"
put go.mod <<'EOF'
module example.com/main

require (
	example.com/c v1.1.0
	example.com/a v1.1.0
	example.com/a v1.0.0
)
EOF
go list -m
go list -mod=readonly -m
go GOFLAGS=-mod=readonly list -m
go list -mod=vendor -m
end

begin outside-no-go-main-path-required none "a toolchain line, no go line, the main module's own path required (a redundant root), no go.sum"
put go.mod <<'EOF'
module example.com/main

toolchain go1.21.0

require (
	example.com/main v1.0.0
	example.com/f v1.0.0
)
EOF
go list -m
go list -mod=readonly -m
end

begin outside-no-go-redundant-gosum-zip-only none "no go line, a redundant root: go.sum has the roots' zip lines but no /go.mod line"
put go.mod <<'EOF'
module example.com/main

require example.com/a v1.0.0
require example.com/a v1.1.0
require example.com/c v1.1.0
EOF
put go.sum <<'EOF'
example.com/a v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
example.com/a v1.1.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
example.com/c v1.1.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
EOF
go list -m
end

begin outside-no-go-redundant-replaced-version none "no go line, the first root replaced by another version of its path: go.sum is checked at the replacement"
put go.mod <<'EOF'
module example.com/main

require example.com/a v1.1.0
require example.com/a v1.1.0

replace example.com/a v1.1.0 => example.com/a v1.0.0
EOF
put go.sum <<'EOF'
example.com/a v1.1.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
example.com/a v1.1.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
EOF
go list -m
end

begin outside-no-go-redundant-replaced-path none "no go line, the first root replaced by another module (every version): go.sum is checked at the replacement"
put go.mod <<'EOF'
module example.com/main

require (
	example.com/e v1.0.0
	example.com/e v1.0.0
)

replace example.com/e => example.com/e2 v1.1.0
EOF
put go.sum <<'EOF'
example.com/e v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
EOF
go list -m
end

begin gomod-go-newer single "a go line newer than the running go"
edit go.mod 's/^go 1.22$/go 1.99/'
both
go list -mod=mod -m
end

begin gomod-go-newer-patch single "go 1.23.6 is newer than go 1.23.5"
edit go.mod 's/^go 1.22$/go 1.23.6/'
both
end

begin gomod-go-rc single "go 1.24rc1 is newer than go 1.23.5"
edit go.mod 's/^go 1.22$/go 1.24rc1/'
both
end

begin gomod-go-equal single "go 1.23.5 is the running version"
edit go.mod 's/^go 1.22$/go 1.23.5/'
both
end

begin gomod-go-1.14-drop-explicit single-1.14 "go 1.14: the strict check"
edit "$M" '2d'
both
end

begin gomod-go-1.14-vendored-not-required single-1.14 "go 1.14: a vendored module that go.mod does not require (unpruned: fine)"
append "$M" <<'EOF'
# example.com/x v1.0.0
example.com/x
EOF
both
end

begin gomod-go-1.16-vendored-not-required single-1.16 "go 1.16: a vendored module that go.mod does not require (unpruned: fine)"
append "$M" <<'EOF'
# example.com/x v1.0.0
example.com/x
EOF
both
end

begin gomod-go-1.17-vendored-not-required single-1.17 "go 1.17: the indirect requirement dropped from go.mod and its ## explicit from modules.txt"
edit go.mod '/example.com\/q v1.0.0 \/\/ indirect/d'
edit "$M" '/^# example.com\/q v1.0.0$/{n;s/explicit; //}'
both
go GOFLAGS=-mod=vendor list -m
end

begin gomod-toolchain-newer single "a toolchain line newer than the running go (ignored with GOTOOLCHAIN=local)"
edit go.mod 's/^go 1.22$/go 1.22\n\ntoolchain go1.99.1/'
both
end

begin gomod-toolchain-same-as-go single "a toolchain line equal to the go line (go.mod would drop it)"
edit go.mod 's/^go 1.22$/go 1.22.0\n\ntoolchain go1.22.0/'
both
go list -mod=readonly -m
end

begin gomod-toolchain-old single "a toolchain line older than go1.21 (go.mod would drop it)"
edit go.mod 's/^go 1.22$/go 1.22\n\ntoolchain go1.20/'
both
go list -mod=readonly -m
end

begin gomod-toolchain-default single "toolchain default"
edit go.mod 's/^go 1.22$/go 1.22\n\ntoolchain default/'
both
end

begin gomod-toolchain-older-than-go single "a toolchain line older than the go line, but at least go1.21"
edit go.mod 's/^go 1.22$/go 1.22\n\ntoolchain go1.21.0/'
both
end

# --- pre-1.14 rules --------------------------------------------------------------------------

begin pre114-version-mismatch single-1.13 "go 1.13: vendored version differs from the requirement"
edit "$M" 's/^# example.com\/c v1.1.0$/# example.com\/c v1.1.1/'
go list -mod=vendor -m
end

begin pre114-replacements single-1.13 "go 1.13: which missing replacements are excused"
edit go.mod '$a replace example.com/o v1.0.0 => ./local/o\nreplace example.com/c v1.0.0 => ./local/c\nreplace example.com/zz => ../zz\nreplace example.com/zz v1.0.0 => ../zz'
go list -mod=vendor -m
end

begin pre114-replacement-differs single-1.13 "go 1.13: a differing replacement is still an error"
edit "$M" 's|=> ./local/d$|=> ./local/dd|'
go list -mod=vendor -m
end

begin pre114-explicit-not-required single-1.13 "go 1.13: ## explicit on a module go.mod does not require"
append "$M" <<'EOF'
# example.com/x v1.0.0
## explicit
example.com/x
EOF
go list -mod=vendor -m
end

begin pre114-replaced-only-in-modules-txt single-1.13 "go 1.13: a replacement only modules.txt records"
edit "$M" 's|^# example.com/c v1.1.0$|# example.com/c v1.1.0 => ../c|'
go list -mod=vendor -m
end

begin pre114-unrequired-vendored single-1.13 "go 1.13: a vendored module go.mod does not require"
append "$M" <<'EOF'
# example.com/x v1.0.0
example.com/x
EOF
go list -mod=vendor -m
end

begin pre114-with-annotations single "go.mod says go 1.13 but modules.txt has go 1.22's annotations"
edit go.mod 's/^go 1.22$/go 1.13/'
edit "$M" '2s/explicit; //;1s/v1.0.0/v1.0.5/'
go list -mod=vendor -m
end

# --- 1. requirements -------------------------------------------------------------------------

begin req-drop-explicit-first single "## explicit removed from the first module"
edit "$M" '2s/explicit; //'
both
end

begin req-drop-explicit-indirect single "## explicit removed from an // indirect requirement"
edit "$M" '5s/explicit; //'
both
end

begin req-drop-annotation-line single "the ## explicit line of a module without go annotation removed"
edit "$M" '8d'
both
end

begin req-drop-explicit-no-packages single "## explicit removed from a required module without packages"
edit "$M" '17d'
both
end

begin req-drop-all-explicit single "every ## explicit removed: one line per requirement, in go.mod order"
edit "$M" 's/^## explicit; /## /;/^## explicit$/d'
both
end

begin req-version-newer-in-modules-txt single "modules.txt vendors a newer version than go.mod requires"
edit "$M" '1s/v1.0.0/v1.0.1/'
both
end

begin req-version-newer-in-go-mod single "go.mod requires a newer version than modules.txt vendors"
edit go.mod 's/^\texample.com\/a v1.0.0$/\texample.com\/a v1.1.0/'
both
end

begin req-version-shorthand single "modules.txt writes the version as v1.0 (valid semver, another key)"
edit "$M" '1s/v1.0.0/v1.0/'
both
end

begin req-version-incompatible-dropped single "+incompatible dropped from the vendored version"
edit "$M" 's/^# example.com\/inc v3.0.0+incompatible$/# example.com\/inc v3.0.0/'
both
end

begin req-missing-module single "go.mod requires a module that modules.txt does not list"
edit go.mod 's/^\texample.com\/p \(.*\)$/\texample.com\/p \1\n\texample.com\/x v1.0.0/'
both
end

begin req-annotation-split single "annotations split over two ## lines add together"
edit "$M" '2s/.*/## go 1.20\n## explicit/'
both
end

begin req-annotation-spacing single "extra spaces and other entries in an annotation"
edit "$M" '2s/.*/##  go 1.20 ;explicit ;  future-thing/'
both
end

begin req-annotation-no-space single "##explicit without a space is not an annotation"
edit "$M" '2s/.*/##explicit; go 1.20/'
both
end

begin req-annotation-case single "## Explicit is not explicit"
edit "$M" '2s/explicit/Explicit/'
both
end

begin req-annotation-before-modules single "annotation lines before any module line are ignored"
edit "$M" '1i ## explicit\n## go 1.99\nexample.com/zz'
edit "$M" '5s/explicit; //'
both
end

begin req-module-line-short single "a module line with two fields: the annotations go to the previous module"
edit "$M" '7s/.*/# example.com\/c/'
both
end

begin req-module-line-bad-version single "a module line whose version is not semver resets the current module"
edit "$M" '7s/v1.1.0/1.1.0/'
both
end

begin req-module-line-garbage single "a # line with garbage after the version"
edit "$M" '7s/$/ garbage here/'
both
end

begin req-crlf single "modules.txt with CRLF line endings"
edit "$M" 's/$/\r/'
both
end

begin req-no-package-lines single "every package line removed"
edit "$M" '/^example.com/d'
both
end

begin req-duplicate-module-lines single "a module listed twice; the second block marks it explicit"
edit "$M" '2s/explicit; //'
append "$M" <<'EOF'
# example.com/a v1.0.0
## explicit
EOF
both
end

begin req-duplicate-require single "go.mod requires the same module twice at different versions"
edit go.mod 's/^require example.com\/b v1.2.0 \/\/ indirect$/require (\n\texample.com\/b v1.2.0 \/\/ indirect\n\texample.com\/a v0.9.0 \/\/ indirect\n)/'
both
end

begin req-duplicate-require-same single "go.mod requires the same module twice at the same version"
edit go.mod 's/^require example.com\/b v1.2.0 \/\/ indirect$/require (\n\texample.com\/b v1.2.0 \/\/ indirect\n\texample.com\/a v1.0.0 \/\/ indirect\n)/'
both
end

begin req-requires-main-module single "go.mod requires its own module path"
edit go.mod 's/^require example.com\/b v1.2.0 \/\/ indirect$/require (\n\texample.com\/b v1.2.0 \/\/ indirect\n\texample.com\/main v1.0.0\n)/'
both
end

begin req-exclude-required single "go.mod excludes the version it requires"
edit go.mod '$a \\nexclude example.com/a v1.0.0'
both
go list -mod=readonly -m
end

begin req-redundant-explicit single "go.mod requires a module at two versions, both marked explicit (go.mod would change)"
edit go.mod 's/^require example.com\/b v1.2.0 \/\/ indirect$/require (\n\texample.com\/b v1.2.0 \/\/ indirect\n\texample.com\/a v0.9.0 \/\/ indirect\n)/'
append "$M" <<'EOF'
# example.com/a v0.9.0
## explicit
EOF
both
end

begin req-redundant-main-module single "go.mod requires its own path, marked explicit in modules.txt"
edit go.mod 's/^require example.com\/b v1.2.0 \/\/ indirect$/require (\n\texample.com\/b v1.2.0 \/\/ indirect\n\texample.com\/main v1.0.0\n)/'
append "$M" <<'EOF'
# example.com/main v1.0.0
## explicit
EOF
both
end

begin req-redundant-unpruned single-1.16 "go 1.16: the same requirement twice"
edit go.mod 's/^\texample.com\/o v1.0.0$/\texample.com\/o v1.0.0\n\texample.com\/o v1.0.0/'
both
end

begin req-exclude-no-packages single "go.mod excludes a required version that has no vendored packages"
edit go.mod '$a \\nexclude example.com/f v1.0.0'
both
end

begin req-exclude-unpruned single-1.16 "go 1.16: go.mod excludes a required, vendored version"
edit go.mod '$a \\nexclude example.com/c v1.1.0'
both
end

begin req-redundant-main-unpruned single-1.16 "go 1.16: go.mod requires its own path, marked explicit in modules.txt"
edit go.mod 's/^\texample.com\/o v1.0.0$/\texample.com\/o v1.0.0\n\texample.com\/main v1.0.0/'
append "$M" <<'EOF'
# example.com/main v1.0.0
## explicit
EOF
both
end

begin req-redundant-readonly single "duplicate requirements without vendor mode"
edit go.mod 's/^require example.com\/b v1.2.0 \/\/ indirect$/require (\n\texample.com\/b v1.2.0 \/\/ indirect\n\texample.com\/a v1.0.0 \/\/ indirect\n\texample.com\/c v1.0.0\n)/'
go list -mod=readonly -m
end

begin req-redundant-no-vendor single "duplicate requirements at different versions and no vendor directory"
edit go.mod 's/^require example.com\/b v1.2.0 \/\/ indirect$/require (\n\texample.com\/b v1.2.0 \/\/ indirect\n\texample.com\/a v1.0.0 \/\/ indirect\n\texample.com\/c v1.0.0\n)/'
remove vendor
go list -m
end

begin req-redundant-readonly-same single "the same requirement twice, once // indirect, without vendor mode"
edit go.mod 's/^require example.com\/b v1.2.0 \/\/ indirect$/require (\n\texample.com\/b v1.2.0 \/\/ indirect\n\texample.com\/a v1.0.0 \/\/ indirect\n)/'
go list -mod=readonly -m
end

begin req-exclude-readonly single "go.mod excludes a required version, without vendor mode"
edit go.mod '$a \\nexclude example.com/f v1.0.0'
go list -mod=readonly -m
end

begin req-exclude-go-1.13 single "go 1.13 go.mod excludes a required version (vendor directory not used)"
edit go.mod '$a \\nexclude example.com/f v1.0.0'
edit go.mod 's/^go 1.22$/go 1.13/'
go list -m
end

begin req-exclude-unrequired single "go.mod excludes a version nothing requires"
edit go.mod '$a \\nexclude example.com/a v0.1.0'
both
end

# --- 2. replacements -------------------------------------------------------------------------

begin repl-added-versioned single "go.mod replaces a@v1.0.0; modules.txt does not say so"
edit go.mod '$a replace example.com/a v1.0.0 => ./fork/a'
both
end

begin repl-added-wildcard single "go.mod replaces every version of a by a module"
edit go.mod '$a replace example.com/a => example.com/x v1.0.0'
both
end

begin repl-dir-changed single "go.mod's replacement directory differs from modules.txt's"
edit go.mod 's|=> ./local/d$|=> ./local/d2|'
both
end

begin repl-dir-to-module single "go.mod replaces by a module, modules.txt by a directory"
edit go.mod 's|=> ./local/d$|=> example.com/x v1.0.0|'
both
end

begin repl-wildcard-version-changed single "the wildcard replacement's version changed in go.mod"
edit go.mod 's|example.com/e2 v1.1.0|example.com/e2 v1.2.0|'
both
end

begin repl-versioned-over-wildcard single "a versioned replacement in go.mod takes precedence over the wildcard"
edit go.mod '$a replace example.com/e v1.0.0 => example.com/e2 v1.2.0'
both
end

begin repl-wildcard-beside-versioned single "a wildcard replacement added beside a versioned one"
edit go.mod '$a replace example.com/d => ./local/dall'
both
end

begin repl-dropped-versioned single "the versioned directory replacement removed from go.mod"
edit go.mod '/=> .\/local\/d$/d'
both
end

begin repl-dropped-wildcard single "the wildcard replacement removed from go.mod: two modules.txt lines"
edit go.mod '/=> example.com\/e2 v1.1.0$/d'
both
end

begin repl-dropped-unused single "the replacement of a module that is not in the build removed from go.mod"
edit go.mod '/=> .\/unused$/d'
both
end

begin repl-modules-txt-dropped-wildcard-line single "the '# old => new' line removed from modules.txt"
edit "$M" '27d'
both
end

begin repl-modules-txt-dropped-module-arrow single "the ' => new' of a module line removed from modules.txt (wildcard still recorded)"
edit "$M" '13s/ => .*//'
both
end

begin repl-modules-txt-dropped-unused-line single "the line for a replaced module outside the build removed"
edit "$M" '28d'
both
end

begin repl-modules-txt-changed-dir single "modules.txt records another directory"
edit "$M" '10s|./local/d$|./local/dd|'
both
end

begin repl-modules-txt-changed-version single "modules.txt records another replacement version for the wildcard"
edit "$M" '27s/v1.1.0/v1.2.0/'
both
end

begin repl-modules-txt-extra-tokens single "a replacement with an extra token is ignored"
edit "$M" '10s/$/ extra/'
both
end

begin repl-modules-txt-bad-version single "a replacement whose version is not semver is ignored"
edit "$M" '27s/v1.1.0/1.1.0/'
both
end

begin repl-modules-txt-only-versioned single "modules.txt replaces a module that go.mod does not replace"
edit "$M" '1s|$| => ../a|'
both
end

begin repl-modules-txt-only-wildcard single "modules.txt has a wildcard replacement go.mod does not have"
append "$M" <<'EOF'
# example.com/zz => ../zz
EOF
both
end

begin repl-modules-txt-repeated single "the same unknown replacement line twice"
append "$M" <<'EOF'
# example.com/zz v1.0.0 => ../zz
# example.com/zz v1.0.0 => ../zz
EOF
both
end

begin repl-modules-txt-wildcard-with-packages single "packages after a wildcard replacement line"
append "$M" <<'EOF'
# example.com/zz => ../zz
## explicit
example.com/zz
EOF
both
end

begin repl-absolute-dir single "an absolute replacement directory"
edit go.mod 's|=> ./local/d$|=> /opt/modgraph/d|'
edit "$M" '10s|./local/d$|/opt/modgraph/d|'
both
end

begin repl-absolute-dir-mismatch single "an absolute replacement directory that modules.txt records as relative"
edit go.mod 's|=> ./local/d$|=> /opt/modgraph/d|'
both
end

begin repl-main-wildcard-recorded single "go.mod replaces the main module at every version, and modules.txt records it"
edit go.mod '$a replace example.com/main => ./other'
append "$M" <<'EOF'
# example.com/main => ./other
EOF
both
end

begin repl-main-wildcard-unrecorded single "go.mod replaces the main module at every version (ignored)"
edit go.mod '$a replace example.com/main => ./other'
both
end

begin repl-main-versioned single "go.mod replaces one version of the main module path"
edit go.mod '$a replace example.com/main v1.0.0 => ./other'
both
end

begin repl-duplicate-identical single "the same replacement twice in go.mod"
edit go.mod '$a replace example.com/d v1.0.0 => ./local/d'
both
end

begin repl-duplicate-identical-unrecorded single "the same unrecorded replacement twice: reported once"
edit go.mod '$a replace example.com/zz v1.0.0 => ../zz\nreplace example.com/zz v1.0.0 => ../zz'
both
end

begin repl-duplicate-conflict single "two replacements of the same version with different targets"
edit go.mod '$a replace example.com/d v1.0.0 => ./local/d2'
both
end

begin repl-duplicate-conflict-wildcard single "two wildcard replacements of one path with different targets"
edit go.mod '$a replace example.com/e => example.com/e2 v1.2.0'
both
end

begin gomod-merge-conflict-markers single "merge-conflict markers left in a require block: go checks the path before the version"
edit go.mod 's|^\texample.com/c v1.1.0$|<<<<<<< HEAD\n\texample.com/c v1.1.0\n=======\n\texample.com/c v1.2.0\n>>>>>>> theirs|'
both
go $PROXY_ENV list -m
end

begin gomod-merge-conflict-markers-module single "merge-conflict markers around the module line"
edit go.mod '1s|^|<<<<<<< HEAD\n|'
both
end

begin repl-modfile-flag single "-modfile: the replacement is named after the alternate file"
copy go.mod alt.mod
edit alt.mod 's|=> ./local/d$|=> ./local/d3|'
go list -mod=vendor -modfile=alt.mod -m
go list -modfile=alt.mod -m
go GOFLAGS=-modfile=alt.mod list -m
go list -modfile=missing.mod -m
go list -modfile=alt.txt -m
end

begin order-all-kinds single "one problem of every kind, to see their order"
edit go.mod 's|=> ./local/d$|=> ./local/d2|'
edit go.mod '/=> .\/unused$/d'
edit go.mod '$a replace example.com/x v1.0.0 => ../x'
edit "$M" '5s/explicit; //;2s/explicit; //;1s|$| => ../a|'
append "$M" <<'EOF'
# example.com/x v1.0.0
## explicit; go 1.20
example.com/x
# example.com/zz => ../zz
EOF
both
end

begin cwd-subdir single "run from a subdirectory of the module: file names relative to it"
edit go.mod 's|=> ./local/d$|=> ./local/d2|'
put sub/.keep </dev/null
go CWD=sub list -m
go CWD=sub list -mod=vendor -m
end

begin cwd-subdir-annotation-newer single "run from a subdirectory: the modules.txt path in the go version stop"
edit "$M" '2s/1.20/1.99/'
put sub/.keep </dev/null
go CWD=sub list -m
end

# --- 3./4. explicit and replaced only in modules.txt ----------------------------------------

begin explicit-not-required single "modules.txt marks a module explicit that go.mod does not require"
append "$M" <<'EOF'
# example.com/x v1.0.0
## explicit; go 1.20
example.com/x
EOF
both
end

begin explicit-not-required-no-packages single "an explicit module without packages is never checked"
append "$M" <<'EOF'
# example.com/x v1.0.0
## explicit; go 1.20
EOF
both
end

begin vendored-not-required single "go 1.22: a vendored module go.mod does not require"
append "$M" <<'EOF'
# example.com/x v1.0.0
## go 1.20
example.com/x
EOF
both
go GOFLAGS=-mod=vendor list -m
end

begin vendored-two-versions single "a module vendored at two versions: the higher one is not required"
append "$M" <<'EOF'
# example.com/a v1.1.0
example.com/a/sub
EOF
both
end

begin vendored-lower-version single "a module vendored again at a lower version (not listed again)"
append "$M" <<'EOF'
# example.com/a v0.9.0
example.com/a/old
EOF
both
end

begin vendored-main-module single "the main module's own path vendored at a version"
append "$M" <<'EOF'
# example.com/main v1.0.0
example.com/main/sub
EOF
both
end

begin vendored-several-not-required single "several vendored modules that go.mod does not require"
append "$M" <<'EOF'
# example.com/x v1.0.0
example.com/x
# example.com/y v1.0.0
## go 1.20
example.com/y
EOF
edit "$M" '1s/v1.0.0/v1.0.1/;2s/explicit; //'
both
end

# --- go annotations --------------------------------------------------------------------------

begin anno-go-newer single "a ## go annotation newer than the running go"
edit "$M" '2s/1.20/1.24/'
both
go list -mod=readonly -m
end

begin anno-go-newer-patch single "go 1.23.6 annotation"
edit "$M" '25s/1.16/1.23.6/'
both
end

begin anno-go-equal single "go 1.23.5 and go 1.23 annotations are fine"
edit "$M" '25s/1.16/1.23.5/;2s/1.20/1.23/'
both
end

begin anno-go-rc single "go 1.24rc1 is too new, go 1.23rc1 is not"
edit "$M" '2s/1.20/1.23rc1/;25s/1.16/1.24rc1/'
both
end

begin anno-go-banana single "go banana (invalid versions compare lowest)"
edit "$M" '2s/1.20/banana/'
both
end

begin anno-go-newer-two single "two annotations too new: the first in the file stops the command"
edit "$M" '2s/1.20/1.24/;25s/1.16/1.30/'
both
end

begin anno-go-newer-and-inconsistent single "a too-new annotation wins over inconsistencies"
edit "$M" '25s/1.16/1.99/;5s/explicit; //'
edit go.mod 's|=> ./local/d$|=> ./local/d2|'
both
end

begin anno-go-newer-on-wildcard single "a too-new annotation after a wildcard replacement line"
edit "$M" '27a ## go 1.99'
both
end

begin anno-go-empty single "## go with no version"
edit "$M" '2s/.*/## explicit; go/'
both
end

begin anno-go-dropped single "every go annotation removed (no error exists for that)"
edit "$M" 's/^## explicit; go .*/## explicit/'
both
end

# --- go.mod problems found before the check -------------------------------------------------

begin parse-unknown-directive single "go.mod with an unknown directive"
edit go.mod '$a foo bar'
both
end

begin parse-two-errors single "go.mod with two bad directives"
edit go.mod '3a\\nfoo bar\nrequire example.com/x\n'
both
end

begin parse-lexical single "go.mod with an unterminated string"
edit go.mod '$a replace "example.com/zz => ../zz'
both
end

begin parse-bad-replace single "a replacement module without a version"
edit go.mod '$a replace example.com/zz => example.com/yy'
both
end

begin parse-bad-go-version single "a malformed go version"
edit go.mod 's/^go 1.22$/go 1.22.x/'
both
end

begin parse-missing-module single "go.mod without a module directive"
edit go.mod '/^module /d'
both
end

begin parse-bad-module-path single "a module path that is not a valid import path"
edit go.mod 's|^module example.com/main$|module example.com/main.|'
both
end

begin parse-require-noncanonical single "a require version that is valid semver but not canonical"
edit go.mod 's/^\texample.com\/a v1.0.0$/\texample.com\/a v1.0/'
both
end

begin parse-require-major-mismatch single "a require version that does not match the path's major version"
edit go.mod 's/^\texample.com\/g\/v2 v2.0.0$/\texample.com\/g\/v2 v1.0.0/'
both
end

begin parse-godebug single "godebug lines: a known key, then an unknown one"
edit go.mod '3a\\ngodebug panicnil=1\n\ngodebug nosuchsetting=1'
both
end

begin parse-godebug-known single "a known godebug key"
edit go.mod '3a\\ngodebug (\n\tpanicnil=1\n\tdefault=go1.21\n)'
both
end

begin parse-godebug-default-newer single "godebug default= newer than the running go"
edit go.mod '3a\\ngodebug default=go1.99'
both
end

begin parse-bad-toolchain single "a malformed toolchain line"
edit go.mod '3a\\ntoolchain 1.21'
both
end

begin parse-tool-directive single "a tool directive (Go 1.24), unknown to go 1.23"
edit go.mod '$a \\ntool example.com/a/cmd'
both
end

begin parse-retract single "a retract directive in the main module is fine"
edit go.mod '$a \\nretract v0.1.0 // broken'
both
end

# --- workspaces ------------------------------------------------------------------------------
# vendor/modules.txt of the work base, by line:
#   1 ## workspace
#   2 # example.com/a v1.0.0            3 ## explicit; go 1.20    4 example.com/a
#   5 # example.com/b v1.2.0            6 ## explicit; go 1.19    7 example.com/b/pkg
#   8 # example.com/c v1.1.0 => ./shared/c   9 ## explicit; go 1.20   10 example.com/c
#  11 # example.com/e v1.0.0 => example.com/e2 v1.1.0   12 ## explicit; go 1.21   13 example.com/e
#  14 # example.com/g/v2 v2.0.0         15 ## explicit; go 1.21   16 example.com/g/v2
#  17 # example.com/e => example.com/e2 v1.1.0

begin work-drop-explicit work "workspace: ## explicit removed"
edit "$M" '3s/explicit; //;15s/explicit; //'
both
go CWD=m1 list -m
end

begin work-explicit-not-required work "workspace: an explicit module no go.mod requires"
append "$M" <<'EOF'
# example.com/x v1.0.0
## explicit; go 1.20
example.com/x
EOF
both
end

begin work-replaced-only-in-modules-txt work "workspace: replacements only modules.txt records"
edit "$M" '2s|$| => ./fork/a|'
append "$M" <<'EOF'
# example.com/zz => ../zz
EOF
both
end

begin work-gowork-replace-added work "workspace: go.work replaces a module modules.txt does not"
edit go.work '$a replace example.com/a v1.0.0 => ./fork/a'
both
go CWD=m2 list -m
end

begin work-gowork-replace-changed work "workspace: go.work's wildcard replacement changed"
edit go.work 's/e2 v1.1.0/e2 v1.2.0/'
both
end

begin work-gowork-replace-dropped work "workspace: go.work's replacement removed"
edit go.work '/^replace /d'
both
end

begin work-gomod-replace-added work "workspace: m2/go.mod replaces by a relative directory"
edit m2/go.mod '$a \\nreplace example.com/g/v2 v2.0.0 => ../forks/g'
both
go CWD=m2 list -m
end

begin work-gomod-replace-raw-recorded work "workspace: modules.txt records the directory as written in m2/go.mod, not rebased"
edit m2/go.mod '$a \\nreplace example.com/g/v2 v2.0.0 => ../forks/g'
edit "$M" '14s|$| => ../forks/g|'
both
end

begin work-gomod-replace-rebased work "workspace: modules.txt records the directory rebased on the go.work folder"
edit m2/go.mod '$a \\nreplace example.com/g/v2 v2.0.0 => ../forks/g'
edit "$M" '14s|$| => ./forks/g|'
both
end

begin work-gomod-replace-changed work "workspace: m1/go.mod's replacement directory changed"
edit m1/go.mod 's|=> ../shared/c$|=> ../shared/c2|'
both
go CWD=m1 list -m
end

begin work-gomod-replace-dropped work "workspace: m1/go.mod's replacement removed"
edit m1/go.mod '/^replace /d'
both
end

begin work-gowork-overrides-gomod work "workspace: go.work replaces what m1/go.mod replaces, differently"
edit go.work '$a replace example.com/c v1.1.0 => ./shared/c3'
both
end

begin work-gowork-same-as-gomod work "workspace: go.work replaces what m1/go.mod replaces, the same way"
edit go.work '$a replace example.com/c v1.1.0 => ./shared/c'
both
end

begin work-gomod-replace-outside work "workspace: a replacement directory outside the workspace folder"
edit m1/go.mod '$a replace example.com/a v1.0.0 => ../../outside/a'
edit "$M" '2s|$| => ../outside/a|'
both
end

begin work-gomod-replace-absolute work "workspace: an absolute replacement directory"
edit m1/go.mod '$a replace example.com/a v1.0.0 => /opt/modgraph/a'
both
end

begin work-gomod-replace-module work "workspace: m2/go.mod replaces by a module version"
edit m2/go.mod '$a \\nreplace example.com/g/v2 => example.com/x v1.0.0'
both
end

begin work-no-marker work "workspace without ## workspace in modules.txt"
edit "$M" '1d'
both
end

begin work-mod-flags work "workspace: -mod=mod and -mod=readonly"
go list -mod=mod -m
go GOFLAGS=-mod=mod list -m
go list -mod=readonly -m
go GOFLAGS=-mod=vendor list -m
go list -modfile=m1/go.mod -m
end

begin work-gowork-newer work "workspace: go.work's go line newer than the running go"
edit go.work 's/^go 1.22$/go 1.99/'
both
end

begin work-gomod-newer work "workspace: a module's go line newer than the running go"
edit m2/go.mod 's/^go 1.21$/go 1.99/'
both
end

begin work-gomod-newer-than-gowork work "workspace: a module's go line newer than go.work's"
edit m1/go.mod 's/^go 1.22$/go 1.23/'
both
end

begin work-gowork-old work "workspace: go.work says go 1.13 and the modules go 1.20"
edit go.work 's/^go 1.22$/go 1.13/'
edit m1/go.mod 's/^go 1.22$/go 1.20/'
edit m2/go.mod 's/^go 1.21$/go 1.20/'
both
end

begin work-gowork-no-go-line work "workspace: go.work without a go line"
edit go.work '/^go 1.22$/d'
both
end

begin work-gowork-no-go-line-old-modules work "workspace: go.work without a go line, modules at go 1.20"
edit go.work '/^go 1.22$/d'
edit m1/go.mod 's/^go 1.22$/go 1.20/'
edit m2/go.mod 's/^go 1.21$/go 1.20/'
both
end

begin work-use-twice work "workspace: a directory used twice"
edit go.work 's|^\t./m2$|\t./m2\n\t./m1/|'
both
end

begin work-use-missing work "workspace: a used directory without go.mod"
edit go.work 's|^\t./m2$|\t./m2\n\t./m3|'
both
end

begin work-module-twice work "workspace: two directories with the same module path"
edit m2/go.mod 's|^module example.com/m2$|module example.com/m1|'
both
end

begin work-gomod-parse-error work "workspace: a module's go.mod does not parse"
edit m2/go.mod '$a foo bar'
both
end

begin work-gomod-parse-errors-two work "workspace: both modules' go.mod files have errors"
edit m1/go.mod '$a foo bar'
edit m2/go.mod '/^module /d'
both
end

begin work-gowork-parse-error work "workspace: go.work does not parse"
edit go.work '$a foo bar'
both
end

begin work-gowork-replace-conflict work "workspace: go.work replaces one version twice, differently"
edit go.work '$a replace example.com/a v1.0.0 => ./fork/a\nreplace example.com/a v1.0.0 => ./fork/a2'
both
end

begin work-gomod-replace-conflict work "workspace: m1 and m2 replace one version differently"
edit m1/go.mod '$a replace example.com/x v1.0.0 => ../x1'
edit m2/go.mod '$a \\nreplace example.com/x v1.0.0 => ../x2'
both
end

begin work-gomod-replace-same-target work "workspace: m1 and m2 replace one version by the same directory, written differently"
edit m1/go.mod '$a replace example.com/x v1.0.0 => ../shared/x'
edit m2/go.mod '$a \\nreplace example.com/x v1.0.0 => ../shared/x'
append "$M" <<'EOF'
# example.com/x v1.0.0 => ./shared/x
EOF
both
end

begin work-gomod-wildcard-and-versioned work "workspace: m1 replaces all versions, m2 one version, differently"
edit m1/go.mod '$a replace example.com/g/v2 => ../gx'
edit m2/go.mod '$a \\nreplace example.com/g/v2 v2.0.0 => ../gy'
both
end

begin work-gowork-replaces-main work "workspace: go.work replaces a workspace module at every version"
edit go.work '$a replace example.com/m1 => ./m1copy'
both
end

begin work-anno-go-newer work "workspace: a too-new go annotation"
edit "$M" '15s/1.21/1.99/'
both
go CWD=m1 list -m
end

begin work-vendored-not-required work "workspace: a vendored module no go.mod requires (no pruned check)"
append "$M" <<'EOF'
# example.com/x v1.0.0
## go 1.20
example.com/x
EOF
both
end

begin work-exclude work "workspace: m1 excludes a version it requires"
edit m1/go.mod '$a \\nexclude example.com/a v1.0.0'
both
end

begin work-gowork-env work "workspace: GOWORK set to the file, to another file, to off, and relative"
copy go.work alt.work
edit alt.work 's/e2 v1.1.0/e2 v1.2.0/'
go "GOWORK=$CASE/go.work" CWD=m1 list -m
go "GOWORK=$CASE/alt.work" list -m
go GOWORK=alt.work list -m
go GOWORK=off CWD=m2 list -mod=vendor -m
go "GOWORK=$CASE/missing.work" list -m
end

begin work-order-all-kinds work "workspace: one problem of every kind"
edit "$M" '3s/explicit; //;2s|$| => ./fork/a|'
edit m1/go.mod 's|=> ../shared/c$|=> ../shared/c2|'
edit go.work '$a replace example.com/zz v1.0.0 => ./zz'
append "$M" <<'EOF'
# example.com/x v1.0.0
## explicit; go 1.20
example.com/x
# example.com/yy => ./yy
EOF
both
end

begin nomod-vendor-only none "no go.mod at all, only a vendor directory"
put "$M" <<'EOF'
# example.com/a v1.0.0
## explicit; go 1.20
example.com/a
EOF
both
end

# --- more paths through the go command ------------------------------------------------------

begin usage-goflags single "malformed GOFLAGS"
go GOFLAGS=mod=vendor list -m
go "GOFLAGS=-mod=vendor 'unterminated" list -m
go GOFLAGS=-mod=vendor list -mod= -m
go "GOFLAGS='-mod=vendor'" list -m
end

begin usage-modfile-without-modules single "-modfile with modules off, and outside a module"
go GO111MODULE=off list -modfile=go.mod -m
go GO111MODULE=off GOFLAGS=-mod=vendor list -modfile=go.mod -m
end

begin nomod-auto none "GO111MODULE=auto and no go.mod: GOPATH mode"
put "$M" <<'EOF'
# example.com/a v1.0.0
## explicit; go 1.20
example.com/a
EOF
go GO111MODULE=auto list -m
go list -modfile=x.mod -m
end

begin mode-modules-txt-is-directory single "vendor/modules.txt is a directory"
remove "$M"
put "$M/.keep" </dev/null
both
end

begin work-godebug work "workspace: an unknown godebug in go.work"
edit go.work '1a\\ngodebug nosuchsetting=1'
both
end

begin parse-godebug-two-unknown single "two unknown godebug keys: two errors"
edit go.mod '3a\\ngodebug (\n\tfirstunknown=1\n\tsecondunknown=2\n)'
both
end

begin parse-noncanonical-other-directives single "non-canonical versions in exclude and replace"
edit go.mod '$a \\nexclude example.com/a v1.0\nreplace example.com/b v1.2 => ../b\nreplace example.com/zz => example.com/yy v1'
both
end

begin parse-require-bad-major-path single "a required path with a /v1 suffix"
edit go.mod 's/^\texample.com\/c v1.1.0$/\texample.com\/c\/v1 v1.1.0/'
both
end

begin work-conflict-in-replaced-check work "workspace: the replacement conflict is met again checking modules.txt's replacements"
edit m1/go.mod '$a replace example.com/g/v2 => ../gx'
edit m2/go.mod '$a \\nreplace example.com/g/v2 v2.0.0 => ../gy'
edit "$M" '14s|$| => ./gx|'
both
end
