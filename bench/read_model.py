"""Council-level endpoints on a loaded on-disk store, answered from the read model (in-process,
FastAPI TestClient, 5 requests each, p50): `.venv/bin/python bench/read_model.py STORE_PATH`."""
import time, sys, statistics
sys.path.insert(0, '.')
from fastapi.testclient import TestClient
from ikg.config import Settings
from app.main import create_app
s = Settings(store="oxigraph", store_path=sys.argv[1])
c = TestClient(create_app(s))
for path in ["/api/councils", "/api/councils/E08000012", "/api/councils/E08000012/timeline", "/api/councils/E08000012/themes", "/page/council/E08000012", "/api/england", "/page/england"]:
    ts = []
    for _ in range(5):
        t = time.perf_counter(); r = c.get(path); ts.append(time.perf_counter() - t)
    print(f"{path}\t{r.status_code}\tp50 {statistics.median(ts)*1000:.0f} ms\t{len(r.content)//1024} KB", flush=True)
