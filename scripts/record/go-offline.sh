# Sourced by the recorders that run the real go command against made-up modules
# (scripts/record/gosum, scripts/record/mvs, scripts/samples/record.sh): the go they accept,
# the environment every go command runs in under `env -i`, and the local file:// GOPROXY.
# Nothing here reaches the network.
#
#   go_offline_check             GO (a path or a name on PATH) must be Go 1.23.x; sets GOVERSION
#   go_offline_env W             GO_OFFLINE_ENV=(...): HOME, GOPATH and GOCACHE under W, GOPROXY
#                                file://W/proxy, GOSUMDB off, GOTOOLCHAIN local, GOENV off, GOWORK
#                                off (GOMODCACHE is the caller's to add)
#   go_offline_proxy W SRC...    builds scripts/samples/mkproxy into W/bin and writes the proxy
#                                W/proxy from the module trees in each SRC
# The caller defines die() and REPO (the repository root).

go_offline_check() {
  case "$GO" in */*) ;; *) GO=$(command -v "$GO") || die "no '$GO' on PATH" ;; esac
  [ -f "$GO" ] && [ -x "$GO" ] || die "no go command at $GO (install golang-1.23-go, or set GO=/path/to/go1.23)"
  GOVERSION=$(env -i PATH=/usr/bin:/bin GOTOOLCHAIN=local GOENV=off HOME=/nonexistent "$GO" version) ||
    die "$GO version failed"
  case "$GOVERSION" in
    "go version go1.23."*) ;;
    *) die "need Go 1.23.x, $GO is: $GOVERSION (set GO=/path/to/go1.23)" ;;
  esac
}

go_offline_env() {
  local w=$1
  GO_OFFLINE_ENV=(
    "PATH=$(dirname "$GO"):/usr/bin:/bin"
    "HOME=$w/home"
    "GOENV=off"
    "GOTOOLCHAIN=local"
    "GOPROXY=file://$w/proxy"
    "GOSUMDB=off"
    "GONOSUMDB=*"
    "GOPRIVATE="
    "GOFLAGS="
    "GOWORK=off"
    "GOPATH=$w/gopath"
    "GOCACHE=$w/gocache"
  )
}

go_offline_proxy() {
  local w=$1 src
  shift
  go_offline_env "$w"
  (cd "$REPO/scripts/samples/mkproxy" && env -i "${GO_OFFLINE_ENV[@]}" GOPROXY=off GOMODCACHE="$w/modcache-mkproxy" \
    "$GO" build -trimpath -o "$w/bin/mkproxy" .) || die "building mkproxy failed"
  local args=()
  for src in "$@"; do args+=(-src "$src"); done
  "$w/bin/mkproxy" "${args[@]}" -out "$w/proxy" || die "mkproxy failed"
}
