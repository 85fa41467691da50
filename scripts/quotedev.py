#!/usr/bin/env python3
"""The quotation dev set: hand annotation of the ECB+ reports in ../shared/data/news_ecb.

The annotation lives in insight/testdata/quotes_news_ecb.jsonl as document ids, character
offsets and speakers only; the texts stay in ../shared/data and are read when the set is built.
Each report's text is its sentences as the data set gives them: the first (the headline), a
blank line, then the others joined by single spaces as one paragraph (the set keeps no
paragraph breaks).

    quotedev.py show DOC...                 print reports with their character offsets
    quotedev.py convert WORK.jsonl... > F   turn annotators' working lines into the stored form
    quotedev.py build [OUT_DIR]             write OUT_DIR/quotes.jsonl for score_quotes.py
    quotedev.py check                       verify every stored span against the texts

Working lines (what an annotator writes, one JSON object a line, quotations in reading order):
    {"doc": "41_5ecbplus", "quote": "exact text between the marks", "n": 0,
     "kind": "direct" | "partial" | "short" | "other",
     "speaker": "exact source mention" | null, "speaker_n": null,
     "pronoun": false, "resolved": "Full Name" | null, "headline": false}
"n" picks the n-th occurrence of the quote string in the text (0 = first); "speaker_n" the
n-th occurrence of the speaker string, or null for the occurrence nearest the quotation.

Stored lines, one report a line:
    {"id": DOC, "quotes": [{"start", "end", "kind", "speaker": null | {"spans": [[s, e]],
     "pronoun", "resolved"}, "headline"?}], "short_quotes": [{"start", "end"}],
     "other_quoted": [{"start", "end"}]}
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STORED = os.path.join(HERE, "..", "insight", "testdata", "quotes_news_ecb.jsonl")
WORD = re.compile(r"\w+(?:['’]\w+)*")


def shared_dir():
    env = os.environ.get("PARALLAX_SHARED")
    for d in ([env] if env else []) + [os.path.join(HERE, "..", "..", "shared")]:
        if d and os.path.isfile(os.path.join(d, "data", "news_ecb", "docs.json")):
            return d
    sys.exit("quotedev: no shared/data/news_ecb/docs.json beside the project (set PARALLAX_SHARED)")


def load_docs():
    with open(os.path.join(shared_dir(), "data", "news_ecb", "docs.json"), encoding="utf-8") as f:
        return json.load(f)


def text_of(doc):
    sentences = [doc[k] for k in sorted(doc, key=int)]
    return sentences[0] + "\n\n" + " ".join(sentences[1:]) + "\n"


def nth(text, needle, n, whole=False):
    """The start of the n-th occurrence of needle (0 = first), or -1; whole words only if whole."""
    at = -1
    while n >= 0:
        at = text.find(needle, at + 1)
        if at < 0:
            return -1
        if whole and ((at > 0 and text[at - 1].isalnum()) or text[at + len(needle):at + len(needle) + 1].isalnum()):
            continue
        n -= 1
    return at


def convert(paths):
    docs = load_docs()
    out = {}
    for path in paths:
        for lineno, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            w = json.loads(line)
            where = "%s:%d" % (path, lineno)
            if w["doc"] not in docs:
                sys.exit("%s: no document %s" % (where, w["doc"]))
            text = text_of(docs[w["doc"]])
            start = nth(text, w["quote"], w.get("n") or 0)
            if start < 0:
                sys.exit("%s: %r not found in %s" % (where, w["quote"], w["doc"]))
            end = start + len(w["quote"])
            entry = out.setdefault(w["doc"], {"id": w["doc"], "quotes": [], "short_quotes": [], "other_quoted": []})
            kind = w["kind"]
            if kind == "short":
                entry["short_quotes"].append({"start": start, "end": end})
                continue
            if kind == "other":
                entry["other_quoted"].append({"start": start, "end": end})
                continue
            if kind not in ("direct", "partial"):
                sys.exit("%s: kind %r" % (where, kind))
            q = {"start": start, "end": end, "kind": kind, "speaker": None}
            if w.get("headline"):
                q["headline"] = True
            if w.get("speaker"):
                s = w["speaker"]
                if w.get("speaker_n") is not None:
                    at = nth(text, s, w["speaker_n"], whole=True)
                else:
                    # Whole words only: "he" is not the end of "the".
                    pattern = r"(?<!\w)" + re.escape(s) + r"(?!\w)"
                    spots = [m.start() for m in re.finditer(pattern, text)]
                    spots = [a for a in spots if not (start <= a < end)]  # not inside the quotation
                    at = min(spots, key=lambda a: min(abs(a - start), abs(a - end))) if spots else -1
                if at < 0:
                    sys.exit("%s: speaker %r not found in %s" % (where, s, w["doc"]))
                q["speaker"] = {"spans": [[at, at + len(s)]], "pronoun": bool(w.get("pronoun")),
                                "resolved": w.get("resolved")}
            entry["quotes"].append(q)
    for entry in out.values():
        for key in ("quotes", "short_quotes", "other_quoted"):
            entry[key].sort(key=lambda q: q["start"])
    for doc in sorted(out, key=lambda k: (int(k.split("_")[0]), k)):
        print(json.dumps(out[doc], ensure_ascii=False, sort_keys=True))


def stored():
    with open(STORED, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def build(out_dir):
    docs = load_docs()
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "quotes.jsonl"), "w", encoding="utf-8") as f:
        for entry in stored():
            text = text_of(docs[entry["id"]])
            quotes = []
            for q in entry["quotes"]:
                q = dict(q)
                q["text"] = text[q["start"]:q["end"]]
                q["words"] = len(WORD.findall(q["text"]))
                if q["speaker"]:
                    sp = dict(q["speaker"])
                    sp["text"] = " ".join(text[s:e] for s, e in sp["spans"])
                    q["speaker"] = sp
                quotes.append(q)
            # The scorer's gold is quoted segments of two words or more.
            short = list(entry["short_quotes"]) + [q for q in quotes if q["words"] < 2]
            quotes = [q for q in quotes if q["words"] >= 2]
            f.write(json.dumps({"id": entry["id"], "text": text, "quotes": quotes, "short_quotes": short,
                                "other_quoted": entry["other_quoted"]}, ensure_ascii=False) + "\n")
    print(out_dir)


def check():
    """Every stored span must lie next to a quotation mark. A quotation the text never closes (or
    never opens) has a mark on one side only: those are listed, and only a span with no mark on
    either side fails."""
    docs = load_docs()
    marks = "\"“”'‘’«»`"
    problems = one_sided = n = 0
    for entry in stored():
        text = text_of(docs[entry["id"]])
        for q in entry["quotes"] + entry["short_quotes"] + entry["other_quoted"]:
            n += 1
            before = text[:q["start"]].rstrip(" ")
            after = text[q["end"]:].lstrip(" ")
            opened = bool(before) and before[-1] in marks
            closed = bool(after) and after[0] in marks
            if opened and closed:
                continue
            snippet = text[q["start"]:q["end"]][:60]
            if opened or closed:
                one_sided += 1
                print("%s %d: marked on one side only: %r" % (entry["id"], q["start"], snippet))
            else:
                problems += 1
                print("%s %d: not between quotation marks: %r" % (entry["id"], q["start"], snippet))
    print("%d spans, %d marked on one side only, %d problems" % (n, one_sided, problems))
    sys.exit(1 if problems else 0)


def show(ids):
    docs = load_docs()
    for doc in ids:
        text = text_of(docs[doc])
        print("=== %s (%d characters)" % (doc, len(text)))
        print(text)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "show":
        show(args)
    elif cmd == "convert":
        convert(args)
    elif cmd == "build":
        build(args[0] if args else "/tmp/parallax-quotedev")
    elif cmd == "check":
        check()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
