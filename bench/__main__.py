"""`python -m bench` (`make bench`): the analysis core's benchmark, then the editor-latency one."""

import sys

from bench import core_bench, lsp_latency

sys.exit(core_bench.main([]) or lsp_latency.main([]))
