# Thin wrapper over CMake/CTest. The two commands a new user needs:
#   make run   install what is missing, build, code the bundled sample stories into sitrep.db
#   make serve the dashboard and HTTP API over sitrep.db
#   make test  install what is missing, build and run every test
BUILD      ?= build
SAN_BUILD  ?= build-asan
JOBS       ?= $(shell nproc)
SITREP     := $(BUILD)/cli/sitrep

.PHONY: all deps build run serve test test-asan bench clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	rm -f sitrep.db sitrep.db-wal sitrep.db-shm
	$(SITREP) code examples/stories.jsonl examples/stories.csv --db sitrep.db --summary
	$(SITREP) code examples/mosul-brief.txt --date 2016-10-17 --id mosul-brief --db sitrep.db --summary
	@echo "A few of the stored events (all of them are in sitrep.db):"
	@sqlite3 -column -header sitrep.db "SELECT e.date, e.source_code AS source, e.cameo, \
	  json_extract(r.record, '$$.cameo_name') AS event, e.target_code AS target, \
	  json_extract(r.record, '$$.evidence.verb_text') AS words, e.location_name AS place, e.location_country AS country, \
	  e.killed FROM events e JOIN event_records r USING (event_id) ORDER BY e.date, e.story_id, e.sentence LIMIT 12"
	@echo
	@$(SITREP) dedup --db sitrep.db
	@echo
	@echo "To look at them in the dashboard: make serve, then open http://127.0.0.1:8080/ (Ctrl-C stops the server)."

# The dashboard and the HTTP API (docs/api.md) over the store make run wrote.
serve: build
	@test -f sitrep.db || $(MAKE) --no-print-directory run
	$(SITREP) serve --db sitrep.db

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
	$(BUILD)/bench/voa_judged
	bench/api_load.sh

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
