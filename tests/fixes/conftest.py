import sys
from pathlib import Path

# The helpers beside the tests import each other by plain name.
sys.path.insert(0, str(Path(__file__).parent))
