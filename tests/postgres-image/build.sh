#!/usr/bin/env bash
# Builds a small local PostgreSQL docker image from the PostgreSQL server that
# is installed on the host (Debian package postgresql-NN).
#
# Why: CI machines cannot pull images from any registry, so the image that the
# integration tests (Testcontainers) start is assembled here from the host's
# own binaries and loaded with `docker import`:
#   - /usr/lib/postgresql/NN/{bin,lib} and /usr/share/postgresql/NN,
#   - exactly the shared libraries they link against (found with ldd),
#   - /bin/sh and the few tools entrypoint.sh uses,
#   - passwd/group entries for a non-root `postgres` user (initdb refuses root),
#   - tzdata and the C.UTF-8 locale,
#   - entrypoint.sh as /usr/local/bin/docker-entrypoint.sh.
# The image behaves like the official postgres image for what tests need:
# POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB, port 5432, password auth
# for remote hosts, `pg_isready` and `psql` on PATH.
#
# Usage: tests/postgres-image/build.sh [--if-outdated] [image-name]
#   --if-outdated: do nothing when the image exists and was built from the
#   same build.sh, entrypoint.sh and PostgreSQL version (quick: one inspect).
#   image-name defaults to $COMMANDCENTER_TEST_POSTGRES_IMAGE, then
#   commandcenter/postgres:15-local. PG_MAJOR=NN picks the server version
#   (default: 15 if installed, else the newest installed one).
# Safe to re-run: it rebuilds and re-tags the image, and removes the image
# that previously carried the tag.
set -euo pipefail

IF_OUTDATED=no
if [[ "${1:-}" == --if-outdated ]]; then IF_OUTDATED=yes; shift; fi
IMAGE="${1:-${COMMANDCENTER_TEST_POSTGRES_IMAGE:-commandcenter/postgres:15-local}}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
POSTGRES_UID=999
POSTGRES_GID=999

# --- Which PostgreSQL version to package -----------------------------------
if [[ -z "${PG_MAJOR:-}" ]]; then
  if [[ -x /usr/lib/postgresql/15/bin/postgres ]]; then
    PG_MAJOR=15
  else
    PG_MAJOR="$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/postgres' 2>/dev/null \
      | awk -F/ '{print $5}' | sort -n | tail -n 1)"
  fi
fi
PG_BIN="/usr/lib/postgresql/${PG_MAJOR}/bin"
PG_LIB="/usr/lib/postgresql/${PG_MAJOR}/lib"
PG_SHARE="/usr/share/postgresql/${PG_MAJOR}"
if [[ -z "$PG_MAJOR" || ! -x "$PG_BIN/postgres" ]]; then
  echo "build.sh: no PostgreSQL server found under /usr/lib/postgresql/*/bin (apt-get install postgresql-15)" >&2
  exit 1
fi
command -v docker >/dev/null || { echo "build.sh: docker is not installed" >&2; exit 1; }

# Fingerprint of what the image is made of, stored as a label of the image.
SOURCE_HASH="$(cat "$HERE/build.sh" "$HERE/entrypoint.sh" <("$PG_BIN/postgres" -V) | sha256sum | cut -c1-16)"
if [[ "$IF_OUTDATED" == yes ]] && [[ "$(docker image inspect \
    --format '{{index .Config.Labels "org.commandcenter.source-hash"}}' "$IMAGE" 2>/dev/null || true)" == "$SOURCE_HASH" ]]; then
  echo "build.sh: $IMAGE is up to date"
  exit 0
fi

# Host tools the entrypoint (and Testcontainers' optional SSL entrypoint) use.
TOOLS=(sh dash cat chmod chown id install ls mkdir rm setpriv sleep env locale)

ROOTFS="$(mktemp -d /tmp/postgres-image-rootfs.XXXXXX)"
ROOTFS_TAG="commandcenter-build-tmp/postgres-rootfs:$$"   # temporary image tag
trap 'rm -rf "$ROOTFS"; docker image rm "$ROOTFS_TAG" >/dev/null 2>&1 || true' EXIT

# --- Skeleton (merged-/usr layout like Debian 12) ---------------------------
mkdir -p "$ROOTFS"/{usr/bin,usr/sbin,usr/lib,usr/lib64,usr/local/bin,etc,tmp,proc,sys,dev,run/postgresql,var/lib/postgresql/data,docker-entrypoint-initdb.d}
ln -s usr/bin "$ROOTFS/bin"
ln -s usr/sbin "$ROOTFS/sbin"
ln -s usr/lib "$ROOTFS/lib"
ln -s usr/lib64 "$ROOTFS/lib64"
ln -s ../run "$ROOTFS/var/run"
chmod 1777 "$ROOTFS/tmp"

# copy_file SRC: copies SRC (dereferenced) to the same canonical directory in
# the rootfs, keeping SRC's own file name (e.g. a library's SONAME link name).
copy_file() {
  local src="$1" dir
  dir="$(readlink -f "$(dirname "$src")")"
  mkdir -p "$ROOTFS$dir"
  [[ -e "$ROOTFS$dir/$(basename "$src")" ]] || cp -L "$src" "$ROOTFS$dir/"
}

# --- PostgreSQL itself --------------------------------------------------------
mkdir -p "$ROOTFS$PG_BIN" "$ROOTFS$PG_LIB" "$ROOTFS$PG_SHARE"
cp -a "$PG_BIN/." "$ROOTFS$PG_BIN/"
# Loadable modules (plpgsql, contrib extensions, encodings...) without the
# LLVM JIT provider and its bitcode: they would drag in ~100 MB of libLLVM.
find "$PG_LIB" -maxdepth 1 -type f ! -name 'llvmjit*' -exec cp -a {} "$ROOTFS$PG_LIB/" \;
# Share dir (catalog bootstrap files, extensions, tsearch, timezonesets), no man pages.
find "$PG_SHARE" -mindepth 1 -maxdepth 1 ! -name man -exec cp -a {} "$ROOTFS$PG_SHARE/" \;

# --- Tools ------------------------------------------------------------------
BINARIES=("$ROOTFS$PG_BIN"/* "$ROOTFS$PG_LIB"/*.so)
for tool in "${TOOLS[@]}"; do
  path="$(command -v "$tool")" || { echo "build.sh: host lacks $tool" >&2; exit 1; }
  copy_file "$path"
  BINARIES+=("$ROOTFS$(readlink -f "$(dirname "$path")")/$(basename "$path")")
done
# /bin/sh is a symlink to dash on Debian; make it a real link in the image.
rm -f "$ROOTFS/usr/bin/sh"
ln -s dash "$ROOTFS/usr/bin/sh"

# --- Shared libraries: everything ldd reports for the binaries above --------
for bin in "${BINARIES[@]}"; do
  [[ -f "$bin" && ! -L "$bin" ]] || continue
  # (non-ELF files and static binaries make ldd fail: ignore those)
  { ldd "$bin" 2>/dev/null || true; } | awk '/=> \//{print $3} /^[[:space:]]*\/[^ ]+ \(/{print $1}'
done | sort -u | while read -r lib; do
  copy_file "$lib"
done
# The dynamic loader is looked up at /lib64/ld-linux-x86-64.so.2.
if [[ -e /lib64/ld-linux-x86-64.so.2 && ! -e "$ROOTFS/usr/lib64/ld-linux-x86-64.so.2" ]]; then
  ln -s "$(readlink -f /lib64/ld-linux-x86-64.so.2)" "$ROOTFS/usr/lib64/ld-linux-x86-64.so.2"
fi

# --- Data files: time zones and the C.UTF-8 locale --------------------------
mkdir -p "$ROOTFS/usr/share"
cp -a /usr/share/zoneinfo "$ROOTFS/usr/share/"
ln -s /usr/share/zoneinfo/Etc/UTC "$ROOTFS/etc/localtime"
echo "Etc/UTC" > "$ROOTFS/etc/timezone"
if [[ -d /usr/lib/locale/C.utf8 ]]; then
  mkdir -p "$ROOTFS/usr/lib/locale"
  cp -a /usr/lib/locale/C.utf8 "$ROOTFS/usr/lib/locale/"
fi

# --- Users, name service ----------------------------------------------------
cat > "$ROOTFS/etc/passwd" <<EOF
root:x:0:0:root:/root:/bin/sh
postgres:x:${POSTGRES_UID}:${POSTGRES_GID}:PostgreSQL administrator:/var/lib/postgresql:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
EOF
cat > "$ROOTFS/etc/group" <<EOF
root:x:0:
postgres:x:${POSTGRES_GID}:
nogroup:x:65534:
EOF
cat > "$ROOTFS/etc/nsswitch.conf" <<'EOF'
passwd: files
group:  files
shadow: files
hosts:  files dns
EOF
mkdir -p "$ROOTFS/root"
chmod 700 "$ROOTFS/root"

# --- Entrypoint -------------------------------------------------------------
install -m 755 "$HERE/entrypoint.sh" "$ROOTFS/usr/local/bin/docker-entrypoint.sh"

chown -R "$POSTGRES_UID:$POSTGRES_GID" "$ROOTFS/var/lib/postgresql" "$ROOTFS/run/postgresql"
chmod 3777 "$ROOTFS/run/postgresql"
chmod 700 "$ROOTFS/var/lib/postgresql/data"

# --- Import -----------------------------------------------------------------
# `docker import` turns the rootfs into an image with its metadata; a one-step
# `docker build` FROM it adds STOPSIGNAL, which the engine's import rejects.
# SIGINT matters: on the default SIGTERM postgres waits for its clients to
# disconnect, so `docker stop` with an open pooled connection would take 10 s.
# Both steps work offline: nothing is pulled.
old_id="$(docker image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null || true)"
tar --numeric-owner -C "$ROOTFS" -cf - . | docker import \
  --change "ENV PATH=/usr/local/bin:${PG_BIN}:/usr/bin:/usr/sbin" \
  --change "ENV PG_MAJOR=${PG_MAJOR}" \
  --change "ENV PGDATA=/var/lib/postgresql/data" \
  --change "ENV LANG=C.UTF-8" \
  --change "ENV TZ=Etc/UTC" \
  --change "LABEL org.commandcenter.source-hash=${SOURCE_HASH}" \
  --change "EXPOSE 5432" \
  --change 'ENTRYPOINT ["docker-entrypoint.sh"]' \
  --change 'CMD ["postgres"]' \
  --message "PostgreSQL ${PG_MAJOR} from the host's Debian packages (tests/postgres-image/build.sh)" \
  - "$ROOTFS_TAG" >/dev/null
# The legacy builder (no BuildKit plugin needed) with the Dockerfile on stdin
# and no context; it prints a deprecation notice, shown only if it fails.
if ! build_log="$(printf 'FROM %s\nSTOPSIGNAL SIGINT\n' "$ROOTFS_TAG" \
    | DOCKER_BUILDKIT=0 docker build --quiet --tag "$IMAGE" - 2>&1)"; then
  echo "$build_log" >&2
  exit 1
fi
new_id="$(docker image inspect --format '{{.Id}}' "$IMAGE")"
# Drop the image that previously carried this tag, if nothing else uses it.
if [[ -n "$old_id" && "$old_id" != "$new_id" ]]; then
  docker image rm "$old_id" >/dev/null 2>&1 || true
fi
echo "build.sh: built $IMAGE (PostgreSQL ${PG_MAJOR}, $(docker image inspect --format '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}'))"
