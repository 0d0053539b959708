# A thin front to meson.  `make demo` and `make check` are the README's
# quick start: both first make sure the Debian packages are there.
#
#   make demo       build, then check samples/gartnergaarden.yaml
#   make check      build, then run every test
#   make golden     rewrite the golden transcripts (read `git diff` after)
#   make screenshot the README's picture of the html report, printed
#   make po         extract the messages into po/skema.pot, merge into po/da.po
#   make sanitize   every test again, built with ASan and UBSan
#   make tsan       batch's worker threads under ThreadSanitizer
#   make valgrind   the golden tests under valgrind memcheck
#   make coverage   line and branch coverage of src/ (gcovr), with a floor
#   make fuzz       each libFuzzer target for FUZZ_SECONDS (clang)
#   make clean      remove the build directories

BUILD := build
PACKAGES := gcc meson ninja-build pkg-config libyaml-dev libcmocka-dev \
            python3 python3-yaml python3-jsonschema gettext nettle-dev \
            chromium poppler-utils fonts-dejavu-core groff-base bsdutils \
            libxlsxwriter-dev python3-openpyxl
# the hardening targets need more
HARDEN_PACKAGES := clang libclang-rt-14-dev valgrind gcovr
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= load pipeline rates money
COVERAGE_LINES ?= 90
COVERAGE_BRANCHES ?= 85

.PHONY: screenshot all deps harden-deps demo check golden po sanitize tsan valgrind coverage fuzz clean

all: $(BUILD)/skema

# Install what is missing: with apt-get when root, otherwise say the one
# line to run.
define install_missing
	@missing=""; \
	for p in $(1); do \
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
endef

deps:
	$(call install_missing,$(PACKAGES))

harden-deps: deps
	$(call install_missing,$(HARDEN_PACKAGES))

$(BUILD)/build.ninja:
	meson setup $(BUILD)

$(BUILD)/skema: deps $(BUILD)/build.ninja FORCE
	ninja -C $(BUILD)

FORCE:

demo: $(BUILD)/skema
	$(BUILD)/skema check samples/gartnergaarden.yaml

check: $(BUILD)/skema
	meson test -C $(BUILD) --print-errorlogs

# The README's picture: the first page of Gartnergården's html report as
# Chromium prints it, by the pdf test's own script.
screenshot: $(BUILD)/skema
	SOURCE_DATE_EPOCH=1635897600 /usr/bin/python3 tests/pdf_check.py \
	  $(BUILD)/skema samples/gartnergaarden.yaml --png samples/gartnergaarden-report.png

golden: $(BUILD)/skema
	SKEMA_UPDATE_GOLDEN=1 meson test -C $(BUILD) --suite golden --suite bad

# The catalogue: xgettext finds every message marked N_, C_ or NP_ (none
# is a printf format); msgmerge brings po/da.po up to date, marking new
# and changed messages for a translator (tests/po.py fails until each has
# its Danish text).
XGETTEXT_FLAGS := --language=C --from-code=UTF-8 --sort-output --no-wrap \
  --keyword=N_ --keyword=C_:1c,2 --keyword=NP_:1,2 \
  --keyword=VAL:5 --keyword=MAP:6 --keyword=LINE:3 --keyword=RVAL:5 \
  --keyword=RLIST:6 --keyword=RROWS:5 \
  --flag=VAL:5:no-c-format --flag=MAP:6:no-c-format --flag=LINE:3:no-c-format \
  --flag=RVAL:5:no-c-format --flag=RLIST:6:no-c-format --flag=RROWS:5:no-c-format \
  --flag=N_:1:no-c-format --flag=C_:2:no-c-format \
  --flag=NP_:1:no-c-format --flag=NP_:2:no-c-format \
  --add-comments=TRANSLATORS: --package-name=skema --force-po
po: deps
	ls src/*.c | grep -v 'src/main.c' > po/POTFILES
	xgettext $(XGETTEXT_FLAGS) --files-from=po/POTFILES -o po/skema.pot
	msgmerge --quiet --update --backup=none --no-wrap po/da.po po/skema.pot
	msgattrib --no-obsolete --no-wrap -o po/da.po po/da.po

# Any sanitizer report aborts the test that caused it.
sanitize: harden-deps
	[ -f build-sanitize/build.ninja ] || CC=clang meson setup build-sanitize \
	  -Db_sanitize=address,undefined -Db_lundef=false \
	  -Dc_args=-fno-sanitize-recover=all
	ninja -C build-sanitize
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  meson test -C build-sanitize --print-errorlogs

# batch over more files than its window of rows (tests/tsan.sh), built
# with ThreadSanitizer: a data race fails it.
tsan: harden-deps
	[ -f build-tsan/build.ninja ] || CC=clang meson setup build-tsan \
	  -Db_sanitize=thread -Db_lundef=false
	ninja -C build-tsan skema
	sh tests/tsan.sh build-tsan/skema

valgrind: harden-deps $(BUILD)/skema
	SKEMA_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect" \
	  meson test -C $(BUILD) --suite golden --suite bad --print-errorlogs \
	  --timeout-multiplier 10 --logbase testlog-valgrind

coverage: harden-deps
	[ -f build-coverage/build.ninja ] || meson setup build-coverage -Db_coverage=true -Dbuildtype=debug
	ninja -C build-coverage
	find build-coverage -name '*.gcda' -delete
	meson test -C build-coverage --print-errorlogs
	gcovr -r . --filter 'src/' build-coverage --print-summary \
	  --fail-under-line $(COVERAGE_LINES) --fail-under-branch $(COVERAGE_BRANCHES)

# Seeds: the samples, the checks, the bad-input and adversarial corpora; new inputs and
# crashes land in build-fuzz/corpus and build-fuzz/crash-*.
fuzz: harden-deps
	[ -f build-fuzz/build.ninja ] || CC=clang meson setup build-fuzz -Dfuzz=true \
	  -Db_sanitize=address,undefined -Db_lundef=false -Dc_args=-fno-sanitize-recover=all
	ninja -C build-fuzz
	set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus/$$t; \
	  case $$t in \
	    rates) seeds="data/rates.yaml tests/rates tests/adversarial" ;; \
	    money) seeds="" ;; \
	    *) seeds="samples tests/check tests/bad tests/adversarial tests/kommune" ;; \
	  esac; \
	  for s in $$seeds; do find $$s -name '*.yaml' -exec cp {} build-fuzz/corpus/$$t/ \; ; done; \
	  echo "fuzz-$$t: $(FUZZ_SECONDS) s"; \
	  build-fuzz/fuzz/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -dict=fuzz/skema.dict \
	    -artifact_prefix=build-fuzz/crash-$$t- -print_final_stats=1 \
	    build-fuzz/corpus/$$t 2>&1 | grep -E '^(Done|stat::number_of_executed_units|==[0-9]+==|SUMMARY)' ; \
	  ! ls build-fuzz/crash-$$t-* >/dev/null 2>&1; \
	done

clean:
	rm -rf $(BUILD) build-sanitize build-tsan build-coverage build-fuzz
