#!/usr/bin/env bash
# Runs the ism4j JMH benchmarks, leaving out the combinations that are infeasible (listed, with the
# measurements that justify them, in src/main/java/org/ism4j/bench/Feasibility.java and README.md).
#
# JMH cannot skip one combination of parameters, so ClosureBenchmark and CopyBenchmark run in several
# invocations, one per line of the plan that Feasibility prints: -p lists whose products cover every
# feasible combination once. Results go to benchmarks/results/<suite>-<k>.json (JMH JSON).
#
# Usage (from anywhere; build first, see README.md):
#   bash benchmarks/run.sh                      # everything, with the defaults in the annotations
#   bash benchmarks/run.sh -f 2 -i 10           # extra JMH options are passed to every invocation
#   SUITES="closure floor" bash benchmarks/run.sh
#   DRY_RUN=1 bash benchmarks/run.sh            # print the commands only
# Suites: closure, copy, floor, analyzer, panel, sensitivity (default: all six).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
results="$here/results"
suites="${SUITES:-closure copy floor analyzer panel sensitivity}"
java="${JAVA:-java}"

if [[ ! -f "$jar" ]]; then
  echo "run.sh: $jar not found; build it first:" >&2
  echo "  mvn -B -ntp install -DskipTests && mvn -B -ntp -f benchmarks/pom.xml package" >&2
  exit 2
fi
mkdir -p "$results"

jmh() { # name, then JMH arguments
  local name="$1"
  shift
  local cmd=("$java" -jar "$jar" "$@" -rf json -rff "$results/$name.json" "${extra[@]}")
  echo "+ ${cmd[*]}"
  if [[ -z "${DRY_RUN:-}" ]]; then
    "${cmd[@]}"
  fi
}

planned() { # suite name, benchmark regex, then the impls to plan for (none: all)
  local suite="$1" regex="$2"
  shift 2
  local k=0 line
  while IFS= read -r line; do
    k=$((k + 1))
    # shellcheck disable=SC2086 # the plan line is a list of "-p name=values" words
    jmh "$suite-$k" "$regex" $line
  done < <("$java" -cp "$jar" org.ism4j.bench.Feasibility "$@")
}

extra=("$@")
for arg in "$@"; do
  if [[ "$arg" == "-p" ]]; then
    # JMH unions repeated -p lists instead of overriding them, so -p here would run extra combinations
    echo "run.sh: do not pass -p (the plan sets it); for a subset run java -jar $jar directly" >&2
    exit 2
  fi
done
for suite in $suites; do
  case "$suite" in
    closure) planned closure 'org\.ism4j\.bench\.ClosureBenchmark\.' ;;
    copy) planned copy 'org\.ism4j\.bench\.CopyBenchmark\.' booleanWarshall jgrapht ;;
    floor) jmh floor 'org\.ism4j\.bench\.FloorBenchmark\.' ;;
    analyzer) jmh analyzer 'org\.ism4j\.bench\.AnalyzerBenchmark\.' ;;
    panel) jmh panel 'org\.ism4j\.bench\.PanelBenchmark\.' ;;
    sensitivity) jmh sensitivity 'org\.ism4j\.bench\.SensitivityBenchmark\.' ;;
    *) echo "run.sh: unknown suite '$suite' (expected closure, copy, floor, analyzer, panel, sensitivity)" >&2; exit 2 ;;
  esac
done
