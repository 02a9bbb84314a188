"""The research notebook runs top to bottom, offline (nbclient, the project's own kernel)."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "walkthrough.ipynb"


def test_the_walkthrough_runs_top_to_bottom() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                      for cell in notebook.cells if cell.cell_type == "code"
                      for o in cell.get("outputs", []))
    assert "+56 days" in outputs  # Trà Vinh's 03/KH-UBND, 56 days after 33/CT-TTg
    assert "KL-43-TW-2019" in outputs
    assert "'found', 'CT-33-TTg-2021'" in outputs
