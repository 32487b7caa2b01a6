#!/usr/bin/env python3
"""Writes random module universes for the MVS oracle: one per seed.

    python3 universe.py OUT SEED [SEED ...]

For each seed, OUT/modules/ gets one tree per module version (just a go.mod, or nothing for a
+incompatible version), named <module path>@<version>/ as scripts/samples/mkproxy expects, and
OUT/mains/<case>/go.mod the main module. Modules live under example.com/mvs<seed>/, so all
universes can share one proxy. The same seed always gives the same files.

Each universe mixes what minimal version selection has to get right: several versions per
module (numeric ordering, prereleases, pseudo-versions), /v2 majors and +incompatible versions,
requirement cycles, pruned (go >= 1.17) and unpruned (older or missing go line) modules, go
lines >= 1.21 (go@ edges), and in some universes an exclude or a replace in the main module.
"""
import os
import random
import sys

PLAIN = ["v0.1.0", "v0.2.0", "v0.10.0", "v1.0.0", "v1.1.0", "v1.2.0-rc.1", "v1.2.0", "v1.10.0",
         "v1.2.1-0.20240102030405-abcdefabcdef"]
MAJOR2 = ["v2.0.0", "v2.1.0", "v2.1.1-beta.1", "v2.0.1-0.20240203040506-0123456789ab"]
GO_LINES = [None, "1.16", "1.17", "1.21", "1.22.0"]
MAIN_GO = ["1.17", "1.21", "1.23"]
# Universes of the old world: no go line of 1.21 or later anywhere, so the go command keeps an
# unpruned (go 1.16) main module as it is instead of raising its go line.
OLD_GO_LINES = [None, "1.14", "1.16", "1.17"]


def universe(seed):
    rng = random.Random(seed)
    base = "example.com/mvs%d" % seed
    old = rng.random() < 0.35
    go_lines = OLD_GO_LINES if old else GO_LINES
    density = rng.choice([0.2, 0.3, 0.45])
    count = rng.randint(3, 14)
    modules = []  # (path, [versions], incompatible version or None)
    for i in range(count):
        if rng.random() < 0.2:
            path = "%s/m%d/v2" % (base, i)
            versions = sorted(rng.sample(MAJOR2, rng.randint(1, 3)), key=PLAIN_KEY)
        else:
            path = "%s/m%d" % (base, i)
            versions = sorted(rng.sample(PLAIN, rng.randint(1, 4)), key=PLAIN_KEY)
            if rng.random() < 0.15:
                versions.append("v3.0.0+incompatible")
        modules.append((path, versions))
    trees = {}
    for path, versions in modules:
        for v in versions:
            if v.endswith("+incompatible"):
                trees["%s@%s" % (path, v)] = None  # no go.mod: the proxy synthesizes one
                continue
            lines = ["module %s" % path, ""]
            go = rng.choice(go_lines)
            if go:
                lines += ["go %s" % go, ""]
            reqs = []
            for other, ovs in modules:
                if other != path and rng.random() < density:
                    reqs.append("\t%s %s" % (other, rng.choice(ovs)))
            if reqs:
                lines += ["require ("] + reqs + [")", ""]
            trees["%s@%s" % (path, v)] = "\n".join(lines)
    main = ["module %s/main" % base, "", "go %s" % ("1.16" if old else rng.choice(MAIN_GO)), ""]
    direct = rng.sample(modules, rng.randint(1, len(modules)))
    main += ["require ("] + ["\t%s %s" % (p, rng.choice(vs)) for p, vs in direct] + [")", ""]
    required = {p for p, _ in direct}
    if rng.random() < 0.25:
        others = [(p, vs) for p, vs in modules if p not in required and len(vs) > 1]
        if others:
            p, vs = rng.choice(others)
            main += ["exclude %s %s" % (p, rng.choice(vs)), ""]
    if rng.random() < 0.25:
        p, vs = rng.choice(modules)
        plain = [v for v in vs if not v.endswith("+incompatible")]
        if plain:
            if rng.random() < 0.5:
                main += ["replace %s => %s %s" % (p, p, rng.choice(plain)), ""]
            else:
                main += ["replace %s %s => %s %s" % (p, rng.choice(vs), p, rng.choice(plain)), ""]
    return trees, "\n".join(main)


def semver_key(v):
    """A sort key giving semver order for the versions used here."""
    core, _, build = v.partition("+")
    core, _, pre = core.partition("-")
    nums = tuple(int(x) for x in core[1:].split("."))
    if not pre:
        return nums + ((1,),)
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split("."))
    return nums + ((0,) + parts,)


PLAIN_KEY = semver_key


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: universe.py OUT SEED [SEED ...]")
    out = sys.argv[1]
    for seed in (int(s) for s in sys.argv[2:]):
        trees, gomod = universe(seed)
        for name, text in trees.items():
            d = os.path.join(out, "modules", name)
            os.makedirs(d, exist_ok=True)
            if text is None:
                with open(os.path.join(d, "doc.go"), "w") as f:
                    f.write("// Package %s has no go.mod: it is served +incompatible.\npackage x\n" % name.split("@")[0].rsplit("/", 1)[-1])
            else:
                with open(os.path.join(d, "go.mod"), "w") as f:
                    f.write(text)
        d = os.path.join(out, "mains", "u%03d" % seed)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "go.mod"), "w") as f:
            f.write(gomod)


if __name__ == "__main__":
    main()
