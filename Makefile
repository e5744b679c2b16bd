# Thin wrapper over CMake/CTest. The two commands a new user needs:
#   make run   install what is missing, build, code the bundled sample stories into sitrep.db
#   make test  install what is missing, build and run every test
BUILD      ?= build
SAN_BUILD  ?= build-asan
JOBS       ?= $(shell nproc)
SITREP     := $(BUILD)/cli/sitrep

.PHONY: all deps build run test test-asan bench clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	rm -f sitrep.db
	$(SITREP) code examples/stories.jsonl examples/stories.csv --db sitrep.db --summary
	$(SITREP) code examples/mosul-brief.txt --date 2016-10-17 --id mosul-brief --db sitrep.db --summary
	@echo "A few of the stored events (all of them are in sitrep.db):"
	@sqlite3 -column -header sitrep.db "SELECT date, source_code AS source, cameo, \
	  json_extract(record, '$$.cameo_name') AS event, target_code AS target, \
	  json_extract(record, '$$.evidence.verb_text') AS words, location_name AS place, location_country AS country, \
	  killed FROM events ORDER BY date, story_id, sentence LIMIT 12"

# PostgreSQL cases run against a throwaway server in $(BUILD)/pgtest (scripts/test-postgres.sh),
# started for the run and stopped after it, whatever the result.
test: build
	@pg=$$(scripts/test-postgres.sh start $(BUILD)/pgtest) || exit 1; \
	cd $(BUILD) && SITREP_TEST_PG="$$pg" ctest --output-on-failure -j $(JOBS); rc=$$?; \
	cd $(CURDIR) && scripts/test-postgres.sh stop $(BUILD)/pgtest; exit $$rc

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer (run by .ci/run).
test-asan: deps
	cmake -S . -B $(SAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DSITREP_SANITIZE=ON -DSITREP_BUILD_BENCH=OFF
	cmake --build $(SAN_BUILD) -j $(JOBS)
	@pg=$$(scripts/test-postgres.sh start $(SAN_BUILD)/pgtest) || exit 1; \
	cd $(SAN_BUILD) && SITREP_TEST_PG="$$pg" ctest --output-on-failure -j $(JOBS); rc=$$?; \
	cd $(CURDIR) && scripts/test-postgres.sh stop $(SAN_BUILD)/pgtest; exit $$rc

bench: build
	$(BUILD)/bench/voa_throughput ../shared/data/voa/voa_stories.jsonl
	$(BUILD)/bench/syntax_throughput ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu
	$(BUILD)/bench/coding_throughput ../shared/data/voa/voa_stories.jsonl
	$(BUILD)/bench/geo_dates_accuracy bench/data/geo_date_sentences.jsonl

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
