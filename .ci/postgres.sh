# Sourced by .ci/run and Benchmarks/run.sh: a throwaway PostgreSQL cluster on 127.0.0.1.
#
#   pg_throwaway_start PORT    installs PostgreSQL from Debian's packages if missing, starts a
#                              cluster in a temporary directory (trust authentication, loopback
#                              only, no fsync: its data lives for this run), with TLS on a
#                              self-signed certificate for 127.0.0.1 when openssl is there, and
#                              sets PG_ADMIN_URL (and PG_ROOT_CERT, the certificate)
#   pg_standby_start PORT      a streaming-replication hot standby of that cluster on PORT
#                              (pg_basebackup -R: a copy that follows the primary's WAL and
#                              answers read-only queries), sets PG_STANDBY_URL; commits on the
#                              primary then wait for their WAL to be written (synchronous_commit
#                              on, still no fsync), so the standby gets a commit at once, not
#                              when the WAL writer next wakes
#   pg_throwaway_stop          stops them and removes their directory (also on exit)
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
  PG_OPTS="-c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off -c full_page_writes=off -c max_connections=400 $ssl"
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $port -c synchronous_commit=off $PG_OPTS" start >/dev/null
  PG_PORT=$port
  PG_ADMIN_URL="postgres://balans@127.0.0.1:$port/postgres"
}

pg_standby_start() {
  local port=$1
  [ -n "${PG_DIR:-}" ] || { echo "pg_standby_start: no cluster (pg_throwaway_start first)" >&2; return 1; }
  # initdb's pg_hba.conf (trust) lets the superuser balans replicate from 127.0.0.1.
  "${PG_AS[@]}" "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U balans -d postgres \
    -c "ALTER SYSTEM SET synchronous_commit = on" -c "SELECT pg_reload_conf()" >/dev/null || return 1
  # A replication slot (-C -S): the primary keeps its WAL until the standby has it. Without one, the
  # whole suite's writes outran the standby's replay and the WAL it needed was recycled: it stopped
  # for good ("requested WAL segment … has already been removed"), and the replica tests waited for it.
  "${PG_AS[@]}" "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U balans -D "$PG_DIR/standby" -R -X stream \
    -C -S balans_standby -c fast >"$PG_DIR/basebackup.log" 2>&1 || { cat "$PG_DIR/basebackup.log" >&2; return 1; }
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/standby" -l "$PG_DIR/standby.log" -w \
    -o "-p $port -c hot_standby=on -c hot_standby_feedback=on $PG_OPTS" start >/dev/null || return 1
  PG_STANDBY_URL="postgres://balans@127.0.0.1:$port/postgres"
}

pg_throwaway_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  [ -d "$PG_DIR/standby" ] && { "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/standby" -m immediate stop >/dev/null 2>&1 || true; }
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
