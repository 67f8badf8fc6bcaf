# Vakkompas: the two commands of the README are `make run` and `make test`.
BUILD      ?= build
JOBS       ?= 2
# -g1: line tables for stack traces, without full debug info (builds ~25% faster)
CMAKE_FLAGS = -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
WEB_SRC    := $(shell find web/src web/public web/scripts web/index.html web/join.html web/login.html web/vite.config.ts web/package-lock.json -type f 2>/dev/null)

.PHONY: run test build setup setup-test web bench bench-national fuzz clean

run: setup build web
	@mkdir -p var
	./$(BUILD)/vakkompas serve --listen 127.0.0.1:8080 --database sqlite:var/vakkompas.db --web-root web/dist --demo

test: setup-test build web
	scripts/test-all $(BUILD)

setup:
	@scripts/setup

setup-test:
	@scripts/setup --test

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

web: web/dist/index.html

web/dist/index.html: $(WEB_SRC)
	cd web && npm run build --silent

bench: setup-test build
	scripts/bench $(BUILD)

# Two instances on one PostgreSQL, 2,000 participants and a reconnect storm (docs/performance.md)
bench-national: setup-test build
	scripts/bench-national $(BUILD)

fuzz: setup-test
	scripts/fuzz 60

clean:
	rm -rf $(BUILD) build-fuzz build-asan web/dist
