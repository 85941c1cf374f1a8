#!/usr/bin/env bash
# Runs every test against real Redis, Prometheus and Alertmanager on 127.0.0.1 (installed when missing,
# started with throw-away data on free ports, stopped on any exit). Arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk

packages=()
command -v redis-server >/dev/null || packages+=(redis-server)
command -v prometheus >/dev/null || packages+=(prometheus)
command -v prometheus-alertmanager >/dev/null || packages+=(prometheus-alertmanager)
command -v curl >/dev/null || packages+=(curl)
# the console's end-to-end test drives a real headless Chromium; the font renders its Chinese text in screenshots
command -v chromium >/dev/null || packages+=(chromium)
command -v chromedriver >/dev/null || packages+=(chromium-driver)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || packages+=(fonts-wqy-microhei)
# Java2D draws the PNG charts for chat platforms through fontconfig
dpkg -s libfontconfig1 >/dev/null 2>&1 || packages+=(libfontconfig1)
if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else
    echo "missing packages: run 'sudo apt-get install -y ${packages[*]}' and try again" >&2
    exit 2
  fi
  echo "installing ${packages[*]} ..." >&2
  # keep the packages' own services from starting: the tests start their own on free ports
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    created_policy=1
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  if [ "$created_policy" = 1 ]; then "${sudo[@]}" rm -f "$policy"; fi
fi

tmp=$(mktemp -d)
pids=()
cleanup() {
  local status=$?
  [ -n "${redis_port:-}" ] && redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT INT TERM

fail_start() {
  echo "$1 did not start; last lines of its log:" >&2
  tail -n 20 "$2" >&2 || true
  exit 1
}

redis_port=$(free_port)
mkdir -p "$tmp/redis"
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
  --pidfile "$tmp/redis.pid" --dir "$tmp/redis" --logfile "$tmp/redis.log"
wait_for "redis-cli -p $redis_port ping | grep -q PONG" 30 || fail_start Redis "$tmp/redis.log"

am_port=$(free_port)
cat > "$tmp/alertmanager.yml" <<YAML
route:
  receiver: "null"
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: "null"
YAML
prometheus-alertmanager --config.file="$tmp/alertmanager.yml" --storage.path="$tmp/am" \
  --web.listen-address="127.0.0.1:$am_port" --cluster.listen-address= >"$tmp/alertmanager.log" 2>&1 &
pids+=($!)
wait_for "curl -fsS http://127.0.0.1:$am_port/-/ready" 30 || fail_start Alertmanager "$tmp/alertmanager.log"

prom_port=$(free_port)
mkdir -p "$tmp/rules"
cat > "$tmp/prometheus.yml" <<YAML
global:
  scrape_interval: 5s
  evaluation_interval: 5s
alerting:
  alertmanagers:
    - static_configs:
        - targets: ["127.0.0.1:$am_port"]
rule_files:
  - $tmp/rules/*.yml
scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ["127.0.0.1:$prom_port"]
YAML
prometheus --config.file="$tmp/prometheus.yml" --storage.tsdb.path="$tmp/prom" \
  --web.listen-address="127.0.0.1:$prom_port" --web.enable-admin-api --web.enable-lifecycle \
  --rules.alert.resend-delay=2s >"$tmp/prometheus.log" 2>&1 &
pids+=($!)
wait_for "curl -fsS http://127.0.0.1:$prom_port/-/ready" 30 || fail_start Prometheus "$tmp/prometheus.log"

export KUBEMATE_TEST_REDIS_URL="redis://127.0.0.1:$redis_port"
export KUBEMATE_TEST_PROMETHEUS_URL="http://127.0.0.1:$prom_port"
export KUBEMATE_TEST_ALERTMANAGER_URL="http://127.0.0.1:$am_port"
export KUBEMATE_TEST_RULES_DIR="$tmp/rules"
export KUBEMATE_REQUIRE_SERVICES=true
echo "services: redis $KUBEMATE_TEST_REDIS_URL, prometheus $KUBEMATE_TEST_PROMETHEUS_URL, alertmanager $KUBEMATE_TEST_ALERTMANAGER_URL" >&2

./mvnw -B verify "$@"
