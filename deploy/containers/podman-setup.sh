#!/usr/bin/env bash
# Makes podman usable on this kind of machine (see deploy/README.md): installs podman, runc and debootstrap from
# Debian's packages when missing and configures podman for runc and no default ulimits (crun and podman's default
# ulimits are refused here). Idempotent; sourced by build-images.sh and run.sh kube.
set -euo pipefail

if ! command -v podman > /dev/null || ! command -v runc > /dev/null || ! command -v debootstrap > /dev/null; then
  echo "==> Installing podman, runc and debootstrap from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap > /dev/null
fi
if ! command -v kubectl > /dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubernetes-client > /dev/null
fi
CONF=/etc/containers/containers.conf
if ! grep -qs 'runtime = "runc"' "$CONF"; then
  mkdir -p /etc/containers
  cat >> "$CONF" <<'CONF'
# onboarding-suite (deploy/containers/podman-setup.sh): crun fails on this host's cgroups, runc works;
# podman's default ulimits are refused in this environment.
[containers]
default_ulimits = []

[engine]
runtime = "runc"
CONF
fi
