-- wrk script of bench/oparl-bench.sh: optional id rotation and one machine-readable result line.
-- usage: BENCH_NAME=<endpoint> wrk ... -s bench/wrk-oparl.lua <url> -- <ids-file or ->
-- With an ids file the URL's path is a prefix (/oparl/v1/paper/) and each request appends the next id.
local ids = nil
local next_index = 0

function init(args)
  if args[1] and args[1] ~= "-" then
    ids = {}
    for line in io.lines(args[1]) do
      ids[#ids + 1] = line
    end
  end
end

function request()
  if ids then
    next_index = next_index + 1
    return wrk.format(nil, wrk.path .. ids[(next_index % #ids) + 1])
  end
  return wrk.request()
end

-- R <endpoint> http <requests> <seconds> <p50 ms> <p99 ms> <bytes per response> <errors> -
function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local n = summary.requests
  local bytes = 0
  if n > 0 then bytes = summary.bytes / n end
  io.write(string.format("R\t%s\thttp\t%d\t%.3f\t%.3f\t%.3f\t%.0f\t%d\t-\n", os.getenv("BENCH_NAME") or "?", n,
    summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000, bytes, errors))
end
