# The two commands of README.md: `make run` and `make test`. Both first
# install what a fresh machine lacks.
.PHONY: run test deps release benchmark

deps:
	@.ci/deps

run: deps
	@swift build --product meldcode
	@.build/debug/meldcode

test: deps
	swift test

release: deps
	swift build -c release --product meldcode
