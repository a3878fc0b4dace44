# Sourced by .ci/run and Benchmarks/run.sh: a throwaway PostgreSQL cluster on 127.0.0.1.
#
#   pg_throwaway_start PORT    installs PostgreSQL from Debian's packages if missing, starts a
#                              cluster in a temporary directory (trust authentication, loopback
#                              only, no fsync: its data lives for this run), with TLS on a
#                              self-signed certificate for 127.0.0.1 when openssl is there, and
#                              sets PG_ADMIN_URL (and PG_ROOT_CERT, the certificate)
#   pg_throwaway_stop          stops it and removes its directory (also on exit)
pg_throwaway_start() {
  local port=$1
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || { echo "PostgreSQL could not be installed" >&2; return 1; }
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/balans-pg.XXXXXX)
  PG_AS=()
  # initdb refuses to run as root: the cluster then belongs to the postgres user.
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  trap pg_throwaway_stop EXIT
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U balans -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log"
  local ssl=""
  PG_ROOT_CERT=""
  if command -v openssl >/dev/null; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
      -keyout "$PG_DIR/server.key" -out "$PG_DIR/server.crt" >/dev/null 2>&1
    chmod 600 "$PG_DIR/server.key"
    [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR/server.key" "$PG_DIR/server.crt"
    ssl="-c ssl=on -c ssl_cert_file=$PG_DIR/server.crt -c ssl_key_file=$PG_DIR/server.key"
    PG_ROOT_CERT="$PG_DIR/server.crt"
  fi
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400 $ssl" start >/dev/null
  PG_ADMIN_URL="postgres://balans@127.0.0.1:$port/postgres"
}

pg_throwaway_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
