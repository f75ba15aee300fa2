# syntax=docker/dockerfile:1
# Parley: a small, static, non-root image. Build: docker build -t parley .

FROM golang:1.26-bookworm AS build
WORKDIR /src
# Dependencies first, so this layer is cached until go.mod or go.sum change.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/parley ./cmd/parley \
 && mkdir -p /out/data

# distroless/static has CA certificates and a nonroot user, and nothing else.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/parley /usr/local/bin/parley
COPY --from=build --chown=65532:65532 /out/data /data
# The articles are built into the binary; to use your own, mount them at
# /corpus and set PARLEY_CORPUS_DIR=/corpus.
ENV PARLEY_DATA_DIR=/data \
    PARLEY_HTTP_ADDR=:8080
VOLUME ["/data"]
EXPOSE 8080
USER nonroot:nonroot
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["/usr/local/bin/parley", "health"]
ENTRYPOINT ["/usr/local/bin/parley"]
CMD ["serve"]
