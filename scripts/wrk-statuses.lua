-- For wrk -s: counts the responses by status code and prints them at the end, one "Responses with status N: M"
-- line each (read by parseWrk in scripts/wrk.ts). wrk itself counts only answers outside 2xx and 3xx, and a
-- redirect is a failure for `npm run load`. Each wrk thread has its own Lua state: done() adds theirs up.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do
    io.write(string.format("Responses with status %d: %d\n", status, count))
  end
end
