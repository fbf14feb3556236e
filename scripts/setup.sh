#!/usr/bin/env bash
# Sets up qa-align on a fresh machine: a virtual environment in .venv with the package,
# its dependencies and the test tools (notebook runner, plots), and, where it can (as root
# with apt-get), Debian's chromium for the report's browser test and antiword for reading
# old Word (.doc) files (the rtf extra reads .rtf files). Takes a CPU build of
# torch (pinned), never a CUDA one.
#   bash scripts/setup.sh
# Environment: PYTHON (default python3.11, else python3), TORCH_INDEX_URL (an index that
# serves CPU wheels of torch, e.g. https://download.pytorch.org/whl/cpu, where PyPI's
# default build for your platform would be a CUDA one).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
"$PYTHON" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"qa-align needs Python 3.11 or newer; {sys.executable} is {sys.version.split()[0]}")
PY
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
PIP=(.venv/bin/python -m pip install --disable-pip-version-check --quiet)
"${PIP[@]}" ${TORCH_INDEX_URL:+--index-url "$TORCH_INDEX_URL"} -c constraints.txt torch
# .[dev]: the package, the test tools and every extra (minilm, use: dense similarity backends;
# docx: Word files in fetch; parquet: Parquet tables; rtf: RTF files; dask: the Dask engine)
"${PIP[@]}" -c constraints.txt -e ".[dev]"
# Debian packages: chromium (the report's browser test), antiword (.doc files)
for tool in chromium antiword; do
  command -v "$tool" >/dev/null 2>&1 && continue
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y -q "$tool" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$tool" >/dev/null; }
  else
    case "$tool" in
      chromium) echo "note: chromium not installed (the report's browser test will be skipped); install Debian's chromium package" >&2 ;;
      antiword) echo "note: antiword not installed (.doc files will be reported as unreadable); install Debian's antiword package" >&2 ;;
    esac
  fi
done
.venv/bin/python -c "import qa_align, spacy, torch; print('qa-align', qa_align.__version__, '| torch', torch.__version__, '| spacy', spacy.__version__)"
