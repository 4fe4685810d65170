# lib.sh - helpers shared by scripts/pg.sh and scripts/mariadb.sh (sourced).

# free_port prints a TCP port on 127.0.0.1 that nothing listens on. It stays
# below the Linux ephemeral range (32768+) so outgoing connections cannot take
# it meanwhile.
free_port() {
  local p i
  for i in $(seq 1 100); do
    p=$(( 20000 + RANDOM % 12000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"; return 0
    fi
  done
  return 1
}

# wait_gone waits until pid $1 has exited, at most $2 seconds (default 60).
wait_gone() {
  local pid=$1 t=${2:-60} i
  for i in $(seq 1 $((t * 10))); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}

# pid_is_ours is true when pid $1 is alive and its command line mentions $2
# (our data directory): a stale pid file whose pid now belongs to another
# process is never acted on.
pid_is_ours() {
  [ -n "$1" ] && [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -qF -- "$2"
}
