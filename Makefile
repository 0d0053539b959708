# A thin front to meson.  `make demo` and `make check` are the README's
# quick start: both first make sure the Debian packages are there.
#
#   make demo      build, then check samples/gartnergaarden.yaml
#   make check     build, then run every test
#   make golden    rewrite the golden transcripts (read `git diff` after)
#   make clean     remove build/

BUILD := build
PACKAGES := gcc meson ninja-build pkg-config libyaml-dev libcmocka-dev \
            python3 python3-yaml python3-jsonschema

.PHONY: all deps demo check golden clean

all: $(BUILD)/skema

# Install what is missing: with apt-get when root, otherwise say the one
# line to run.
deps:
	@missing=""; \
	for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "skema needs these Debian packages; run:"; \
	    echo "  sudo apt-get install$$missing"; \
	    exit 1; \
	  fi; \
	fi

$(BUILD)/build.ninja:
	meson setup $(BUILD)

$(BUILD)/skema: deps $(BUILD)/build.ninja FORCE
	ninja -C $(BUILD)

FORCE:

demo: $(BUILD)/skema
	$(BUILD)/skema check samples/gartnergaarden.yaml

check: $(BUILD)/skema
	meson test -C $(BUILD) --print-errorlogs

golden: $(BUILD)/skema
	SKEMA_UPDATE_GOLDEN=1 meson test -C $(BUILD) --suite golden --suite bad

clean:
	rm -rf $(BUILD)
