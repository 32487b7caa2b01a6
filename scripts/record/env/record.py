"""Runs the go command under crafted environments and writes what it answered (see record.sh)."""
import argparse
import json
import os
import shutil
import subprocess

ap = argparse.ArgumentParser()
ap.add_argument("--go", required=True)
ap.add_argument("--work", required=True)
ap.add_argument("--mkproxy", required=True)
ap.add_argument("--out", required=True)
args = ap.parse_args()
GO = args.go
WORK = args.work
GODIR = os.path.dirname(os.path.realpath(GO))
GOROOT = os.path.dirname(GODIR)
os.makedirs(args.out, exist_ok=True)


def real(p):
    return p.replace("/WORK", WORK, 1) if p.startswith("/WORK") else p


def fake(s):
    return s.replace(WORK, "/WORK")


def write_files(files):
    for path, text in files.items():
        p = real(path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(text)


def run(cmd, env, cwd):
    full = {k: v.replace("/WORK", WORK) for k, v in env.items()}
    p = subprocess.run(cmd, env=full, cwd=real(cwd), capture_output=True, text=True, timeout=120)
    return p.returncode, fake(p.stdout), fake(p.stderr)


def version():
    out = subprocess.run([GO, "version"], capture_output=True, text=True, env={"PATH": GODIR}).stdout.split()
    return out[2][2:]


LOCAL = version()
with open(os.path.join(GOROOT, "go.env")) as f:
    GOROOT_GO_ENV = f.read()

# ------------------------------------------------------------------------------------------
# settings: go env -json
KEYS = ["GO111MODULE", "GOFLAGS", "GOTOOLCHAIN", "GOPROXY", "GONOPROXY", "GOPRIVATE", "GONOSUMDB", "GOSUMDB",
        "GOINSECURE", "GOVCS", "GOPATH", "GOMODCACHE", "GOBIN", "GOROOT", "GOENV", "GOWORK", "GOMOD"]


def settings_case(name, env=None, files=None, cwd=None, home=True):
    base = f"/WORK/s-{name}"
    e = {"PATH": GODIR}
    if home:
        e["HOME"] = f"{base}/home"
    for k, v in (env or {}).items():
        e[k] = v.replace("@", base)
    fs = {k.replace("@", base): v.replace("@", base) for k, v in (files or {}).items()}
    mod = f"{base}/top/mod"
    fs.setdefault(f"{mod}/go.mod", "module example.com/mod\n\ngo 1.22\n")
    write_files(fs)
    os.makedirs(real(f"{base}/home"), exist_ok=True)
    c = (cwd or "@/top/mod").replace("@", base)
    code, out, err = run([GO, "env", "-json"], e, c)
    if code != 0:
        raise SystemExit(f"go env -json failed in case {name}: {err}")
    got = json.loads(out)
    return {"name": name, "env": e, "files": fs, "cwd": c, "go": {k: got.get(k, "") for k in KEYS}}


settings = [
    settings_case("clean"),
    settings_case("goenv-file", env={"GOENV": "@/custom.env"},
                  files={"@/custom.env": "GOFLAGS=-mod=mod\nGOPROXY=file:///nowhere\nGOPRIVATE=*.corp.example.com,example.com/private\n"}),
    settings_case("env-shadows-file", env={"GOENV": "@/custom.env", "GOPROXY": "https://proxy.example.com", "GOFLAGS": "-mod=readonly"},
                  files={"@/custom.env": "GOFLAGS=-mod=vendor\nGOPROXY=file:///nowhere\n"}),
    settings_case("empty-env-does-not-shadow", env={"GOENV": "@/custom.env", "GOPROXY": "", "GOSUMDB": ""},
                  files={"@/custom.env": "GOPROXY=direct\nGOSUMDB=off\n"}),
    settings_case("xdg-config-home", env={"XDG_CONFIG_HOME": "@/xdg"},
                  files={"@/xdg/go/env": "GOTOOLCHAIN=local\nGONOSUMDB=example.com\n", "@/home/.config/go/env": "GOTOOLCHAIN=go1.22.0\n"}),
    settings_case("home-config", files={"@/home/.config/go/env": "GOTOOLCHAIN=local\nGOINSECURE=*.lan\nGOVCS=*:all\n"}),
    settings_case("goenv-off", env={"GOENV": "off"}, files={"@/home/.config/go/env": "GOPROXY=direct\nGOFLAGS=-mod=mod\n"}),
    settings_case("gonoproxy-explicit", env={"GOPRIVATE": "example.com/a", "GONOPROXY": "example.com/b"}),
    settings_case("gopath-from-file", files={"@/home/.config/go/env": "GOPATH=@/gp1:@/gp2\nGOBIN=@/bin\n"}),
    settings_case("gomodcache-env", env={"GOPATH": "@/gp", "GOMODCACHE": "@/cache"}),
    settings_case("odd-lines", files={"@/home/.config/go/env":
        "# comment\nGOPROXY=first\n\nlowercase=x\n=nokey\nGOPROXY=second\nGONOSUMDB= spaced value \nNOEQUALS\nGOFLAGS=-mod=mod -tags=a,b\n"}),
    settings_case("empty-file-value-hides-goroot", files={"@/home/.config/go/env": "GOPROXY=\nGOSUMDB=\n"}),
    settings_case("go111module-auto-file", files={"@/home/.config/go/env": "GO111MODULE=auto\n"}),
    settings_case("parent-go-work", files={"@/top/go.work": "go 1.22\n\nuse ./mod\n"}),
    settings_case("parent-go-work-off-in-file", files={"@/top/go.work": "go 1.22\n\nuse ./mod\n", "@/home/.config/go/env": "GOWORK=off\n"}),
    settings_case("gowork-env", env={"GOWORK": "@/elsewhere/go.work"}, files={"@/elsewhere/go.work": "go 1.22\n\nuse ../top/mod\n"}),
    settings_case("no-home", home=False, env={"GOPATH": "@/gp"}),
    settings_case("gopath-module-outside", cwd="@/top", files={}),
]
with open(os.path.join(args.out, "settings.json"), "w") as f:
    json.dump({"go": LOCAL, "goroot": GOROOT, "gorootGoEnv": GOROOT_GO_ENV, "cases": settings}, f, indent=1, sort_keys=True)
    f.write("\n")

# ------------------------------------------------------------------------------------------
# routing: a file:// proxy of made-up modules
MODULES = ["example.com/pub", "example.com/priv", "example.com/priv/sub", "example.com/privx",
           "corp.example.com/lib", "a.b.example.com/lib", "git.lan/team/tool"]
src = f"{WORK}/src"
for m in MODULES:
    d = f"{src}/{m}@v1.0.0"
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/go.mod", "w") as f:
        f.write(f"module {m}\n\ngo 1.21\n")
    with open(f"{d}/x.go", "w") as f:
        f.write("package x\n")
subprocess.run([args.mkproxy, "-src", src, "-out", f"{WORK}/proxy"], check=True)
os.makedirs(f"{WORK}/emptyproxy", exist_ok=True)
with open(f"{WORK}/notadir", "w") as f:
    f.write("a file where a proxy directory is expected\n")
os.makedirs(f"{WORK}/rmod", exist_ok=True)
with open(f"{WORK}/rmod/go.mod", "w") as f:
    f.write("module example.com/routing\n\ngo 1.22\n")

DEAD = "http://127.0.0.1:9"
n = 0


def download(env_extra, module):
    global n
    n += 1
    e = {"PATH": GODIR, "HOME": "/WORK/rhome", "GOPATH": "/WORK/rgopath", "GOMODCACHE": f"/WORK/rcache/{n}",
         "GOFLAGS": "-modcacherw", "GOTOOLCHAIN": "local", "GOENV": "off", "GOCACHE": "/WORK/rgocache",
         "HTTPS_PROXY": DEAD, "HTTP_PROXY": DEAD, "GIT_TERMINAL_PROMPT": "0"}
    e.update(env_extra)
    code, out, err = run([GO, "mod", "download", "-json", f"{module}@v1.0.0"], e, "/WORK/rmod")
    error = ""
    if code != 0:
        try:
            error = json.loads(out).get("Error", "") or err.strip()
        except ValueError:
            error = err.strip()
    return {"env": {k: v for k, v in env_extra.items()}, "module": module, "ok": code == 0, "error": error}


GLOBS = ["example.com/priv", "example.com/priv/", "*.example.com", "example.com/p*", "example.com/pri?",
         "example.com/[a-p]riv", ",,example.com/priv,", "example.com/*/sub", "example.com", "*", "[",
         "example.com/priv/sub/extra", "EXAMPLE.COM/priv", "*.lan", "corp.example.com,git.lan"]
routing = []
for g in GLOBS:
    for m in MODULES:
        # GONOSUMDB: covered modules download, the rest fail verifying against the dead sumdb.
        routing.append(download({"GOPROXY": "file:///WORK/proxy", "GOSUMDB": f"sum.golang.org {DEAD}", "GONOSUMDB": g}, m))
        # GOPRIVATE alone: both GONOPROXY and GONOSUMDB default to it.
        routing.append(download({"GOPROXY": "file:///WORK/proxy", "GOSUMDB": f"sum.golang.org {DEAD}", "GOPRIVATE": g}, m))
        # GONOPROXY: matched modules go direct and fail; the rest come from the file proxy.
        routing.append(download({"GOPROXY": "file:///WORK/proxy", "GOSUMDB": "off", "GONOPROXY": g}, m))
for proxy in ["file:///WORK/emptyproxy,file:///WORK/proxy", "file:///WORK/emptyproxy|file:///WORK/proxy",
              "file:///WORK/notadir,file:///WORK/proxy", "file:///WORK/notadir|file:///WORK/proxy",
              "off", "off,file:///WORK/proxy", "file:///WORK/emptyproxy,off", "file:///WORK/proxy,off",
              "file:///WORK/emptyproxy", " , file:///WORK/proxy", "file:///WORK/emptyproxy,direct",
              "direct,file:///WORK/proxy", ",", "ftp://x"]:
    for m in ["example.com/pub", "example.com/priv"]:
        routing.append(download({"GOPROXY": proxy, "GOSUMDB": "off"}, m))
        routing.append(download({"GOPROXY": proxy, "GOSUMDB": "off", "GONOPROXY": "example.com/priv"}, m))
with open(os.path.join(args.out, "routing.json"), "w") as f:
    json.dump({"go": LOCAL, "modules": MODULES, "globs": GLOBS, "runs": routing}, f, indent=1, sort_keys=True)
    f.write("\n")

# ------------------------------------------------------------------------------------------
# toolchain: GOTOOLCHAIN against go/toolchain lines
os.makedirs(f"{WORK}/fakebin", exist_ok=True)
with open(f"{WORK}/fakebin/go1.99.0", "w") as f:
    f.write("#!/bin/sh\necho \"fake go1.99.0 ran: $*\"\n")
os.chmod(f"{WORK}/fakebin/go1.99.0", 0o755)
lines = [("1.21", None), ("1.22.3", None), (LOCAL, None), ("1.23", "go1.99.0"), ("1.98.0", None), ("1.99", None),
         ("1.99.0", None), ("1.21", "default"), ("1.99", "default"), ("1.21", "banana"), ("1.21", "go1.22.0"),
         ("1.22", "go1.99.0")]
settings_values = ["", "local", "auto", "path", "go1.22.0", "go1.22.0+auto", "go1.22.0+path", f"go{LOCAL}",
                   "go1.99.0+path", "local+auto", "local+path", "banana", "go1.22.0+banana", "go1.99.0"]
toolchain = []
k = 0
for go_line, tool_line in lines:
    k += 1
    d = f"/WORK/t{k}"
    text = f"module example.com/t\n\ngo {go_line}\n" + (f"\ntoolchain {tool_line}\n" if tool_line else "")
    write_files({f"{d}/go.mod": text})
    for s in settings_values:
        for with_fake in ([False, True] if s in ("auto", "path", "go1.99.0+path") else [False]):
            e = {"PATH": GODIR + (":/WORK/fakebin" if with_fake else ""), "HOME": "/WORK/thome", "GOPATH": "/WORK/tgopath",
                 "GOMODCACHE": "/WORK/tcache", "GOPROXY": "off", "GOSUMDB": "off", "GOENV": "off", "GOFLAGS": "-modcacherw",
                 "GOCACHE": "/WORK/tgocache"}
            if s:
                e["GOTOOLCHAIN"] = s
            code, out, err = run([GO, "list", "-m"], e, d)
            toolchain.append({"gomod": text, "dir": d, "setting": s, "fakeOnPath": with_fake,
                              "exit": code, "stdout": out, "stderr": err})
with open(os.path.join(args.out, "toolchain.json"), "w") as f:
    json.dump({"go": LOCAL, "runs": toolchain}, f, indent=1, sort_keys=True)
    f.write("\n")

# ------------------------------------------------------------------------------------------
# vendor: GOFLAGS from the go env file decides vendor mode
vendor = []
MODS = {
    # modules.txt does not mark the requirement explicit: inconsistent in vendor mode.
    "inconsistent-114": ("module example.com/v\n\ngo 1.22\n\nrequire example.com/pub v1.0.0\n",
                         "# example.com/pub v1.0.0\nexample.com/pub\n"),
    "consistent-114": ("module example.com/v\n\ngo 1.22\n\nrequire example.com/pub v1.0.0\n",
                       "# example.com/pub v1.0.0\n## explicit; go 1.21\nexample.com/pub\n"),
    "old-113": ("module example.com/v\n\ngo 1.13\n\nrequire example.com/pub v1.0.0\n",
                "# example.com/pub v1.0.0\nexample.com/pub\n# example.com/extra v1.0.0\nexample.com/extra\n"),
}
for name, (gomod, modules_txt) in MODS.items():
    d = f"/WORK/v-{name}"
    write_files({f"{d}/go.mod": gomod, f"{d}/vendor/modules.txt": modules_txt,
                 f"{d}/vendor/example.com/pub/x.go": "package x\n"})
    for file_flags in [None, "-mod=mod", "-mod=vendor", "-mod=readonly", "-mod=bogus"]:
        for env_flags in [None, "-mod=readonly"]:
            home = f"/WORK/vhome-{name}-{file_flags}-{env_flags}".replace("=", "_")
            files = {}
            if file_flags is not None:
                files[f"{home}/.config/go/env"] = f"GOFLAGS={file_flags}\n"
                write_files(files)
            os.makedirs(real(home), exist_ok=True)
            e = {"PATH": GODIR, "HOME": home, "GOPATH": "/WORK/vgopath", "GOMODCACHE": "/WORK/vcache", "GOPROXY": "off",
                 "GOSUMDB": "off", "GOTOOLCHAIN": "local", "GOCACHE": "/WORK/vgocache"}
            if env_flags:
                e["GOFLAGS"] = env_flags
            code, out, err = run([GO, "list", "-m"], e, d)
            vendor.append({"module": name, "dir": d, "gomod": gomod, "modulesTxt": modules_txt, "env": e, "files": files,
                           "exit": code, "stdout": out, "stderr": err})
with open(os.path.join(args.out, "vendor.json"), "w") as f:
    json.dump({"go": LOCAL, "runs": vendor}, f, indent=1, sort_keys=True)
    f.write("\n")
print(f"recorded {len(settings)} settings cases, {len(routing)} downloads, {len(toolchain)} toolchain runs, {len(vendor)} vendor runs")
