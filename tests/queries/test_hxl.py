"""HXL export: a hashtag row under the header, IATI codes, P-codes and funding from the plans."""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from coordkg.cli import cli
from coordkg.queries.hxl import hxl_csv
from coordkg.queries.run import Source


def test_hashtags_and_values(source: Source) -> None:
    header, tags, *rows = list(csv.reader(io.StringIO(hxl_csv(source))))
    assert tags[:4] == ["#date+year", "#org", "#org+code", "#x_role"]
    assert {"#sector+cluster", "#adm1+code", "#value+funding+usd"} <= set(tags)
    records = [dict(zip(header, r, strict=True)) for r in rows]
    # 2025: "IOM currently co-chairs the MHPSS TWG ... in Anbar, Salah Al-Din, and Dohuk"
    duhok = next(
        r for r in records if r["place"] == "Duhok" and r["organization_code"] == "XM-DAC-47066"
    )
    assert (duhok["year"], duhok["role"], duhok["place_code"]) == ("2025", "co-chair", "IQG09")
    # 2025: "Protection  Priority / $18,951,200 Funding required"
    protection = next(r for r in records if r["programme"] == "Protection" and r["year"] == "2025")
    assert (
        protection["funding_usd"] == "18951200"
        and protection["organization_code"] == "XM-DAC-47066"
    )
    assert len([r for r in records if r["programme"]]) == 36  # 18 + 18 programmes


def test_export_command_writes_the_same_file(built: object, tmp_path: object) -> None:
    store = built[0]  # type: ignore[index]
    result = CliRunner().invoke(cli, ["export", "--format", "hxl", "--store", str(store.location)])
    assert result.exit_code == 0 and result.stdout.splitlines()[1].startswith("#date+year,#org")
