#!/usr/bin/env bash
# CUPS with a cups-pdf queue for the printing tests (issue 6). Idempotent: installs only
# what is missing, starts cupsd only when no scheduler answers, creates the queue only
# when it does not exist, and (re-)enables it. Needs root (apt-get, cupsd, lpadmin).
#
#   bash scripts/ci-cups-setup.sh        # prints the folder where printed PDFs land
#
# Environment: DESK_CUPS_QUEUE (default DeskPDF).
set -euo pipefail
QUEUE=${DESK_CUPS_QUEUE:-DeskPDF}

if [ "$(id -u)" -ne 0 ]; then
  echo "ci-cups-setup.sh must run as root (apt-get, cupsd, lpadmin)" >&2
  exit 1
fi

need=()
command -v cupsd >/dev/null 2>&1 || need+=(cups)
command -v lp >/dev/null 2>&1 && command -v lpstat >/dev/null 2>&1 || need+=(cups-client)
[ -x /usr/lib/cups/backend/cups-pdf ] || need+=(printer-driver-cups-pdf)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

scheduler_up() { lpstat -r 2>/dev/null | grep -q "is running"; }

if ! scheduler_up; then
  if command -v service >/dev/null 2>&1 && [ -x /etc/init.d/cups ]; then
    service cups start >/dev/null 2>&1 || true
  fi
  if ! scheduler_up; then
    mkdir -p /run/cups
    cupsd  # forks into the background
  fi
  for _ in $(seq 1 50); do scheduler_up && break; sleep 0.1; done
fi
scheduler_up || { echo "cupsd did not start" >&2; exit 1; }

PPD=$(dpkg -L printer-driver-cups-pdf 2>/dev/null | grep -m1 'CUPS-PDF_opt\.ppd$' || true)
[ -n "$PPD" ] || PPD=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
[ -f "$PPD" ] || { echo "CUPS-PDF_opt.ppd not found" >&2; exit 1; }

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
  lpadmin -p "$QUEUE" -E -v cups-pdf:/ -P "$PPD"
fi
cupsenable "$QUEUE"
cupsaccept "$QUEUE"

# Where cups-pdf writes: "Out" in cups-pdf.conf, ${HOME} being the submitting user's home.
CONF=/etc/cups/cups-pdf.conf
out=$(sed -n 's/^[[:space:]]*Out[[:space:]]\+//p' "$CONF" 2>/dev/null | tail -n1)
out=${out:-'${HOME}/PDF'}
home=$(getent passwd "$(id -un)" | cut -d: -f6)
out=${out//\$\{HOME\}/$home}
mkdir -p "$out"
echo "CUPS queue $QUEUE ready; printed PDFs land in $out"
