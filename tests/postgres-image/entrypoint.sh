#!/bin/sh
# Entrypoint of the local PostgreSQL test image (see build.sh).
#
# Behaves like the official postgres image's entrypoint for what tests need:
#   POSTGRES_PASSWORD   password of the superuser (required unless
#                       POSTGRES_HOST_AUTH_METHOD=trust)
#   POSTGRES_USER       superuser name (default: postgres)
#   POSTGRES_DB         database created on first start (default: $POSTGRES_USER)
#   POSTGRES_HOST_AUTH_METHOD  auth for remote hosts (default: scram-sha-256)
#   POSTGRES_INITDB_ARGS       extra initdb arguments
#   /docker-entrypoint-initdb.d/*.sql, *.sh  run once after initdb
# On first start it runs initdb as the non-root `postgres` user (initdb refuses
# root), then execs postgres in the foreground, listening on 0.0.0.0:5432.
# Arguments starting with '-' are passed to postgres (e.g. `-c fsync=off`).
# The server only listens on TCP once initialisation is complete, so
# `pg_isready --host localhost` (Testcontainers' wait strategy) means "ready".
set -eu

: "${PGDATA:=/var/lib/postgresql/data}"
export PGDATA

# `docker run IMAGE -c foo=bar` -> `postgres -c foo=bar`
if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ]; then
  set -- postgres "$@"
fi

# Not the server (e.g. `docker run IMAGE psql ...`): just run it.
if [ "$1" != postgres ]; then
  exec "$@"
fi

# As root: make the data and socket directories belong to postgres (they may
# be fresh volumes or tmpfs mounts), then re-run this script as postgres.
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /run/postgresql
  chown -R postgres:postgres "$PGDATA"
  chown postgres:postgres /run/postgresql
  chmod 700 "$PGDATA"
  HOME=/var/lib/postgresql
  export HOME
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

# Runs psql against the temporary, socket-only server during initialisation.
init_psql() {
  psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "$POSTGRES_USER" --dbname postgres "$@"
}

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  POSTGRES_USER="${POSTGRES_USER:-postgres}"
  POSTGRES_DB="${POSTGRES_DB:-$POSTGRES_USER}"
  auth="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$auth" != trust ]; then
    echo "entrypoint: POSTGRES_PASSWORD must be set (or POSTGRES_HOST_AUTH_METHOD=trust)" >&2
    exit 1
  fi

  locale=C
  if [ -d /usr/lib/locale/C.utf8 ]; then locale=C.UTF-8; fi

  # The password goes through a private file, never the command line.
  pwfile="/tmp/.initdb-password.$$"
  pwarg=""
  if [ -n "${POSTGRES_PASSWORD:-}" ]; then
    (umask 077 && printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile")
    pwarg="--pwfile=$pwfile"
  fi
  # --no-sync: a throwaway test database need not wait for the disk.
  # shellcheck disable=SC2086  # POSTGRES_INITDB_ARGS is a list of words
  initdb --pgdata="$PGDATA" --username="$POSTGRES_USER" $pwarg \
    --auth-local=trust --auth-host="$auth" \
    --encoding=UTF8 --locale="$locale" --no-sync ${POSTGRES_INITDB_ARGS:-}
  rm -f "$pwfile"

  # Remote hosts (the docker host, other containers) log in with a password.
  printf '\n# Added by docker-entrypoint.sh\nhost all all all %s\n' "$auth" >> "$PGDATA/pg_hba.conf"

  # Settings for a test database server (later `-c` arguments override them).
  cat >> "$PGDATA/postgresql.conf" <<'EOF'

# --- Added by docker-entrypoint.sh (test image) ---
listen_addresses = '*'
port = 5432
max_connections = 300
shared_buffers = 128MB
# The LLVM JIT provider is not shipped in this image.
jit = off
timezone = 'Etc/UTC'
log_timezone = 'Etc/UTC'
EOF

  # Create POSTGRES_DB and run init scripts on a temporary server that only
  # listens on the unix socket, so nobody can connect over TCP before it's done.
  has_scripts=no
  for f in /docker-entrypoint-initdb.d/*; do
    if [ -e "$f" ]; then has_scripts=yes; fi
  done
  if [ "$POSTGRES_DB" != postgres ] || [ "$has_scripts" = yes ]; then
    pg_ctl --pgdata="$PGDATA" --wait --silent --options="-c listen_addresses='' -p 5432" start
    if [ "$POSTGRES_DB" != postgres ]; then
      init_psql -v db="$POSTGRES_DB" <<'EOF'
CREATE DATABASE :"db";
EOF
    fi
    for f in /docker-entrypoint-initdb.d/*; do
      # shellcheck disable=SC1090  # sourcing the user's init scripts
      case "$f" in
        *.sh)  echo "entrypoint: running $f"; if [ -x "$f" ]; then "$f"; else . "$f"; fi ;;
        *.sql) echo "entrypoint: running $f"; init_psql --dbname "$POSTGRES_DB" -f "$f" ;;
        *)     if [ -e "$f" ]; then echo "entrypoint: ignoring $f"; fi ;;
      esac
    done
    pg_ctl --pgdata="$PGDATA" --wait --silent --mode=fast stop
  fi

  echo "PostgreSQL init process complete; ready for start up."
fi

exec "$@"
