#!/usr/bin/env bash
# Makes this Debian PC boot into the Hearth kiosk. Run as root from an unpacked installation:
#   sudo /opt/hearth/kiosk-pc/install-kiosk-pc.sh [kiosk-user]
# It can be run again at any time (after an upgrade, or a port change in config/hearth.properties).
#  - the service user `hearth` owns the installation and runs it (hearth.service: at boot, restarted if it dies)
#  - Chromium's managed policy /etc/chromium/policies/managed/hearth.json allows only the kiosk's own pages
#  - the desktop user (default `kiosk`) opens the welcome screen full screen when it logs in
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(cd "$here/.." && pwd)"
kiosk_user="${1:-kiosk}"

[ "$(id -u)" = "0" ] || { echo "Run this as root (sudo $0)" >&2; exit 1; }
[ -x "$home/bin/hearth" ] || { echo "No bin/hearth in $home: run this from an unpacked Hearth" >&2; exit 1; }

port="$(sed -n 's/^hearth\.port=\([0-9]*\).*/\1/p' "$home/config/hearth.properties" 2>/dev/null | tail -n1)"
port="${port:-8080}"

if [ ! -x /usr/bin/chromium ] || ! command -v curl >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium curl
fi

# the service user: no login, no home of its own; it owns the installation, which it writes into
if ! id hearth >/dev/null 2>&1; then
  useradd --system --user-group --home-dir "$home" --no-create-home --shell /usr/sbin/nologin hearth
fi
chown -R hearth:hearth "$home"

sed "s#/opt/hearth#$home#g" "$here/hearth.service" > /etc/systemd/system/hearth.service
chmod 644 /etc/systemd/system/hearth.service
systemctl daemon-reload
systemctl enable hearth.service
systemctl restart hearth.service

# the browser's locks, for every Chromium on this PC (root-owned, so the kiosk user cannot change them)
install -d -m 755 /etc/chromium/policies/managed
sed "s/:8080\"/:$port\"/g" "$here/chromium-policy.json" > /etc/chromium/policies/managed/hearth.json
chmod 644 /etc/chromium/policies/managed/hearth.json

# the desktop user that the PC logs in automatically; it is not the service user and cannot write the records
if ! id "$kiosk_user" >/dev/null 2>&1; then
  useradd --create-home --shell /bin/bash "$kiosk_user"
fi
install -m 755 "$here/hearth-kiosk-browser" /usr/local/bin/hearth-kiosk-browser
user_home="$(getent passwd "$kiosk_user" | cut -d: -f6)"
install -d -o "$kiosk_user" -g "$(id -gn "$kiosk_user")" "$user_home/.config" "$user_home/.config/autostart"
sed "s#http://127.0.0.1:8080/#http://127.0.0.1:$port/#" "$here/hearth-kiosk-browser.desktop" \
  > "$user_home/.config/autostart/hearth-kiosk-browser.desktop"
chown "$kiosk_user:" "$user_home/.config/autostart/hearth-kiosk-browser.desktop"

if [ -d /etc/lightdm ]; then
  install -d /etc/lightdm/lightdm.conf.d
  printf '[Seat:*]\nautologin-user=%s\nautologin-user-timeout=0\n' "$kiosk_user" \
    > /etc/lightdm/lightdm.conf.d/50-hearth-kiosk.conf
  echo "LightDM logs $kiosk_user in automatically."
else
  echo "Set the display manager to log $kiosk_user in automatically (GDM: AutomaticLoginEnable=true and"
  echo "AutomaticLogin=$kiosk_user under [daemon] in /etc/gdm3/daemon.conf); the kiosk opens at login."
fi
echo "Hearth runs as a service on port $port (journalctl -u hearth); reboot to check the kiosk comes up by itself."
