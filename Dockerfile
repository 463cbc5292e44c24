# ikg: the service on an embedded Oxigraph store kept on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    IKG_STORE=oxigraph \
    IKG_STORE_PATH=/data/store \
    IKG_HOST=0.0.0.0 \
    IKG_PORT=8000

WORKDIR /app
COPY pyproject.toml README.md ./
COPY ikg ./ikg
COPY app ./app
COPY loaders ./loaders
COPY ontology ./ontology
COPY queries ./queries
COPY examples ./examples
RUN pip install --no-cache-dir . \
    && useradd --create-home --uid 10001 ikg \
    && mkdir -p /data \
    && chown ikg /data

USER 10001
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"]
CMD ["ikg", "serve"]
