-- GET /api/v1/orders?status=SUBMITTED&size=20 (the first page of the queue) as the run's pharmacist.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")

function requests(params)
    return { get("/api/v1/orders?status=SUBMITTED&size=20", params.pharmacist) }
end
