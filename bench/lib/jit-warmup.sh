# Sourced by the HTTP benches (bench/fees/quote.sh, bench/portal/pages.sh): warm a JVM up until its JIT has settled.
#
#   . bench/lib/jit-warmup.sh
#   warm_up "$app_pid" run_wrk "$URL" 5s      # repeats `run_wrk "$URL" 5s` until the JIT is quiet
#
# A fixed warm-up is too short on two cores: C2 compiles for tens of seconds after the first load and takes one of
# the two cores meanwhile, so a measurement that starts early reports the compiler, not the server (the quote measured
# 2,606 req/s after a 10 s warm-up and 5,900 once C2 was done, same build, same machine). Each round runs the load
# for its duration and reads the CPU time of the JVM's compiler threads (C1 and C2, from /proc/<pid>/task: the JVM's
# own counters, sun.ci.*Time, count elapsed time, which a busy machine inflates); the JVM counts as warm when a round
# adds less than WARMUP_JIT_SHARE (default 2 %) of the round's wall time to it,
# after at least WARMUP_MIN_ROUNDS (2) rounds and at most WARMUP_MAX_SECONDS (180) of warm-up. Prints its rounds on
# stderr and sets WARMUP_SUMMARY (e.g. "40 s, 8 rounds, JIT quiet") for the bench's table.

# CPU time of the compiler threads, in nanoseconds.
jit_nanos() {
	local task ticks=0
	for task in /proc/"$1"/task/*; do
		case "$(cat "$task/comm" 2>/dev/null)" in
		C1\ Compiler* | C2\ Compiler*) ticks=$((ticks + $(awk '{print $14 + $15}' "$task/stat"))) ;;
		esac
	done
	echo $((ticks * 1000000000 / $(getconf CLK_TCK)))
}

warm_up() {
	local pid=$1
	shift
	local round_seconds=5 share=${WARMUP_JIT_SHARE:-2} min_rounds=${WARMUP_MIN_ROUNDS:-2}
	local max_seconds=${WARMUP_MAX_SECONDS:-180}
	local start=$SECONDS rounds=0 before after added_ms quiet=""
	before=$(jit_nanos "$pid")
	while :; do
		"$@" >/dev/null
		rounds=$((rounds + 1))
		after=$(jit_nanos "$pid")
		added_ms=$(((after - before) / 1000000))
		before=$after
		echo "warm-up round $rounds: the JIT compiled for $added_ms ms of CPU" >&2
		if [ "$rounds" -ge "$min_rounds" ] && [ "$added_ms" -lt $((round_seconds * 10 * share)) ]; then
			quiet="JIT quiet"
			break
		fi
		[ $((SECONDS - start)) -lt "$max_seconds" ] || break
	done
	WARMUP_SUMMARY="$((SECONDS - start)) s, $rounds rounds, ${quiet:-JIT still compiling at the cap}"
}
