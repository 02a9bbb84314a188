"""A synthetic corpus of provincial plans with its ground truth in the gold format.

    python -m bench.synth --docs N [--seed S] -o DIR      (also `legalgraph synth`)

Central directives, decrees and circulars over the years are carried out by plans of
provinces, provincial offices and districts in all 63 old provinces (and the 34 new ones after
1 July 2025). Each plan cites 20 to 45 times, in every symbol shape, with the noise of real
files, dates in every written form, every relation cue, local numbers repeated across
provinces and years, and distractors. Deterministic for a seed; streaming (O(1) per document).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench import synth_tables as T
from extract.districts import districts_of
from extract.models import RelationType
from extract.provinces import NEW_PROVINCES, OLD_PROVINCES

MERGER = dt.date(2025, 7, 1)


@dataclass(frozen=True)
class Doc:
    """A document of the synthetic world, and how to cite it."""

    word: str
    code: str
    issuer: str
    body: str
    shape: str
    number: int
    date: dt.date
    province: str | None
    subject: str
    term: str | None = None

    def key(self) -> dict:
        return {"type": self.code, "number": str(self.number), "issuer": self.issuer,
                "year": self.date.year, "province": self.province}

    def symbol(self, rng: random.Random, noisy: bool) -> str:
        number, code, issuer = str(self.number), self.code, self.issuer
        sep1 = "-"
        if noisy:
            kind = rng.randrange(6)
            if kind == 0 and self.number < 10:
                number = f"0{number}"  # a leading zero
            elif kind == 1:
                sep1 = rng.choice(["- ", " -", "-\n"])  # stray spaces, a line break
            elif kind == 2:
                code = code.upper()  # 28-CTR/TU
            elif kind == 3:
                code, issuer = code.replace("Đ", "Ð"), issuer.replace("Đ", "Ð")  # look-alike
            elif kind == 4 and "BCSĐ" in issuer:
                issuer = issuer.replace("BCSĐ", "BCSD")  # a missing stroke
            elif kind == 5 and self.shape == "normative":
                sep1 = ""  # 61/2018/NĐCP: the hyphen lost in PDF text
        if self.shape == "party":
            return f"{number}{sep1}{code}/{issuer}"
        if self.shape == "normative":
            return f"{number}/{self.date.year}/{code}{sep1}{issuer}"
        return f"{number}/{code}{sep1}{issuer}"


def _date_text(date: dt.date, rng: random.Random) -> str:
    day, month = f"{date.day:02d}" if rng.random() < .5 else str(date.day), str(date.month)
    form = rng.randrange(3)
    if form == 0:
        return f"{day}/{month}/{date.year}"
    if form == 1:
        return f"{day} tháng {month} năm {date.year}"
    return f"{day}-{month}-{date.year}"


@dataclass
class _Writer:
    """One plan being written: its text, and the ground truth of what it cites."""

    rng: random.Random
    me: Doc
    mentions: dict[tuple, int] = field(default_factory=dict)
    dates: dict[tuple, str] = field(default_factory=dict)
    keys: dict[tuple, dict] = field(default_factory=dict)
    relations: dict[tuple, tuple[str, dict, dict | str]] = field(default_factory=dict)
    cited: dict[tuple, Doc] = field(default_factory=dict)

    def cite(self, doc: Doc, relation: str, source: Doc | None = None, full: bool = True,
             subject: bool | None = None) -> str:
        """A mention of `doc`, recorded with the relation the sentence states."""
        ident = tuple(doc.key().values())
        dated = ident in self.dates
        self.mentions[ident] = self.mentions.get(ident, 0) + 1
        self.dates[ident] = doc.date.isoformat()
        self.keys[ident] = doc.key()
        self.cited[ident] = doc
        self._relate(doc, relation if source is None else "CITES")
        if source is not None:
            self._relate(doc, relation, source)
        rng = self.rng
        so = "" if rng.random() < .1 else " số"
        text = f"{doc.word}{so} {doc.symbol(rng, rng.random() < .2)}"
        if not full and dated and not self._symbol_shared(doc):
            # A repeated mention: the date was given before. Not when another cited document
            # has the same symbol (a plan's number, another year): undated, it names neither.
            return text
        date = _date_text(doc.date, rng)
        text += f" ({date})" if rng.random() < .1 else f" ngày {date}"  # "(26/11/2021)"
        text += f" của {doc.body}"
        if doc.term:
            text += f" (khóa {doc.term})"
        if subject is None:
            subject = rng.random() < .6
        return text + (f" về {doc.subject}" if subject else "")

    def _symbol_shared(self, doc: Doc) -> bool:
        return any(other is not doc and (other.code, other.number, other.issuer)
                   == (doc.code, doc.number, doc.issuer) for other in self.cited.values())

    def short_forms(self, relation: str) -> str | None:
        """Later mentions of cited documents by type word and number ("Chỉ thị 33"), of those
        no other cited document shares a word and number with."""
        forms: dict[tuple[str, int], list[Doc]] = {}
        for doc in self.cited.values():
            forms.setdefault((doc.word, doc.number), []).append(doc)
        unique = [docs[0] for docs in forms.values() if len(docs) == 1]
        if not unique:
            return None
        picked = self.rng.sample(unique, min(len(unique), 3))
        for doc in picked:
            ident = tuple(doc.key().values())
            self.mentions[ident] += 1
            self._relate(doc, relation)
        return ", ".join(f"{doc.word} {doc.number}" for doc in picked)

    def _relate(self, doc: Doc, relation: str, source: Doc | None = None) -> None:
        pair = (tuple(source.key().values()) if source else "self", tuple(doc.key().values()))
        old = self.relations.get(pair)
        rank = [r.value for r in RelationType]
        if old is None or rank.index(relation) < rank.index(old[0]):
            self.relations[pair] = (relation, doc.key(), source.key() if source else "self")


class World:
    """Central and provincial documents; plans cite them and later plans cite earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.central = [self._central(i) for i in range(120)]
        self.local: dict[str, list[Doc]] = {}
        self.used: set[tuple] = set()

    def _central(self, i: int) -> Doc:
        rng = self.rng
        word, code, issuer, body, shape = T.CENTRAL_KINDS[i % len(T.CENTRAL_KINDS)]
        date = dt.date(2011, 1, 1) + dt.timedelta(days=rng.randrange(14 * 365))
        term = None
        if issuer == "TW":
            term = next(t for start, t in reversed(T.PARTY_TERMS) if date.year >= start)
        return Doc(word, code, issuer, body, shape, 1 + i * 7 % 400 + i // 60, date, None,
                   rng.choice(T.SUBJECTS), term)

    def _local(self, province: str, before: dt.date) -> Doc:
        rng = self.rng
        while True:
            word, code, issuer, body, shape = rng.choice(T.PROVINCE_KINDS)
            date = before - dt.timedelta(days=rng.randrange(30, 1500))
            doc = Doc(word, code, issuer, body, shape, rng.randrange(1, 300), date, province,
                      rng.choice(T.SUBJECTS))
            if tuple(doc.key().values()) not in self.used:
                self.used.add(tuple(doc.key().values()))
                self.local.setdefault(province, []).append(doc)
                return doc

    def plan(self, index: int) -> tuple[str, dict]:
        rng = self.rng
        after_merger = rng.random() < .05
        if after_merger:
            province = rng.choice(NEW_PROVINCES)
            date = MERGER + dt.timedelta(days=rng.randrange(300))
        else:
            province = rng.choice(OLD_PROVINCES).name
            date = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365 - 200))
        level = rng.choice(["province", "province", "office", "district"])
        header, issuer = T.AUTHORS[level]
        while True:
            me = Doc("Kế hoạch", "KH", issuer, "", "administrative", rng.randrange(1, 300), date,
                     province, "")
            if tuple(me.key().values()) not in self.used:
                self.used.add(tuple(me.key().values()))
                break
        w = _Writer(rng, me)
        central = [d for d in self.central if d.date < date]
        local = [] if after_merger else [d for d in self.local.get(province, []) if d.date < date]
        pool = central + [self._local(province, date) for _ in range(3)] * (not after_merger)
        pool += local[-6:]
        directive = rng.choice(central)
        title = (f"Thực hiện {directive.word} số {directive.symbol(rng, False)} "
                 f"về {directive.subject}")
        w.cite(directive, "IMPLEMENTS", full=False)  # the title's mention
        district = rng.choice(districts_of(province))
        lines = [header.format(P=province.upper(), D=district.upper()),
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                 f"Số: {me.number}/KH-{issuer}", f"{province}, ngày {date.day} tháng "
                 f"{date.month} năm {date.year}", "", "KẾ HOẠCH",
                 title.upper() if rng.random() < .3 else title, ""]
        basis = rng.choice([d for d in central if d.shape == "normative"] or central)
        lines.append(f"Căn cứ {w.cite(basis, 'BASED_ON')};")
        lines.append(f"Thực hiện {w.cite(directive, 'IMPLEMENTS')}, Ủy ban nhân dân ban hành "
                     "Kế hoạch triển khai trên địa bàn như sau:")
        lines += ["", "I. MỤC ĐÍCH, YÊU CẦU", ""]
        target = rng.randrange(20, 40)  # the nested sentence below adds two more
        while sum(w.mentions.values()) < target:
            lines.append(self._sentence(w, pool, rng))
            if rng.random() < .15:
                lines.append(rng.choice(T.DISTRACTORS).format(y=date.year))
        lines.append(self._nested(w, pool, rng))
        if rng.random() < .5 and (short := w.short_forms("IMPLEMENTS")):
            lines.append(f"Định kỳ sơ kết việc thực hiện {short}.")
        lines += ["", "II. TỔ CHỨC THỰC HIỆN", "",
                  "Các cơ quan, đơn vị căn cứ Kế hoạch này tổ chức triển khai./.", "",
                  "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                  rng.choice(T.SIGNERS), ""]
        gold = {"file": f"{index:06d}.txt",
                "self": {**me.key(), "date": date.isoformat(), "title": title},
                "references": [{**w.keys[k], "date": w.dates[k], "mentions": n}
                               for k, n in w.mentions.items()],
                "named": [],
                "relations": [{"source": src, "relation": rel, "target": tgt}
                              for rel, tgt, src in w.relations.values()]}
        return "\n".join(lines), gold

    def _sentence(self, w: _Writer, pool: list[Doc], rng: random.Random) -> str:
        if rng.random() < .08:
            local = [d for d in pool if d.province]
            if local:
                template, relation = rng.choice(T.CHANGE_SENTENCES)
                return template.format(ref=w.cite(rng.choice(local), relation))
        template, relation = rng.choice(T.LIST_SENTENCES)
        picked = rng.sample(pool, min(len(pool), rng.randrange(1, 5)))
        refs = "; ".join(w.cite(d, relation, full=rng.random() < .85) for d in picked)
        return template.format(refs=refs, more=rng.choice(T.TRAILING))

    def _nested(self, w: _Writer, pool: list[Doc], rng: random.Random) -> str:
        """A cited document's subject naming another: "Kế hoạch số X ... về thực hiện Y"."""
        local = [d for d in pool if d.province]
        central = [d for d in pool if not d.province]
        if local and central:
            outer, inner = rng.choice(local), rng.choice(central)
            return (f"Trọng tâm là {w.cite(outer, 'CITES', subject=False)} về thực hiện "
                    f"{w.cite(inner, 'IMPLEMENTS', source=outer)}.")
        return "Tăng cường kiểm tra, giám sát việc thực hiện."


def generate(n_docs: int, seed: int = 0) -> Iterator[tuple[str, str, dict]]:
    """(file name, text, gold record) of each synthetic plan, deterministic for a seed."""
    world = World(seed)
    for index in range(n_docs):
        text, gold = world.plan(index)
        yield gold["file"], text, gold


def write_corpus(n_docs: int, out_dir: Path, seed: int = 0) -> Path:
    """Write the plans as .txt files and their ground truth as out_dir/gold.jsonl."""
    out_dir.mkdir(parents=True, exist_ok=True)
    gold_path = out_dir / "gold.jsonl"
    with open(gold_path, "w", encoding="utf-8") as gold_file:
        for name, text, gold in generate(n_docs, seed):
            (out_dir / name).write_text(text, encoding="utf-8")
            gold_file.write(json.dumps(gold, ensure_ascii=False) + "\n")
    return gold_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="legalgraph synth", description=__doc__)
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    gold = write_corpus(args.docs, args.output, args.seed)
    print(f"{args.docs} documents in {args.output}, ground truth in {gold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
