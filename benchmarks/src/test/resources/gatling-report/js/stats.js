var stats = {
    type: "GROUP",
    name: "All Requests",
    path: "",
    pathFormatted: "group_missing-name--1146707516",
    stats: {
        name: "All Requests",
        "numberOfRequests": {
            "total": "253",
            "ok": "253",
            "ko": "0"
        },
        "minResponseTime": {
            "total": "2",
            "ok": "2",
            "ko": "-"
        },
        "maxResponseTime": {
            "total": "3159",
            "ok": "3159",
            "ko": "-"
        },
        "meanResponseTime": {
            "total": "511",
            "ok": "511",
            "ko": "-"
        },
        "standardDeviation": {
            "total": "583",
            "ok": "583",
            "ko": "-"
        },
        "percentiles1": {
            "total": "379",
            "ok": "378",
            "ko": "-"
        },
        "percentiles2": {
            "total": "1894",
            "ok": "1894",
            "ko": "-"
        },
        "percentiles3": {
            "total": "2600",
            "ok": "2600",
            "ko": "-"
        },
        "percentiles4": {
            "total": "3159",
            "ok": "3159",
            "ko": "-"
        },
        "group1": {
            name: "t < 800 ms",
            "htmlName": "t < 800 ms",
            "count": 209,
            "percentage": 82.6086956521739
        },
        "group2": {
            name: "800 ms <= t < 1200 ms",
            "htmlName": "t >= 800 ms <br> t < 1200 ms",
            "count": 14,
            "percentage": 5.533596837944664
        },
        "group3": {
            name: "t >= 1200 ms",
            "htmlName": "t >= 1200 ms",
            "count": 30,
            "percentage": 11.857707509881422
        },
        "group4": {
            name: "failed",
            "htmlName": "failed",
            "count": 0,
            "percentage": 0.0
        },
        "meanNumberOfRequestsPerSecond": {
            "total": "10.12",
            "ok": "10.12",
            "ko": "-"
        }
    },
    contents: {
        "group_checkout--cart--1647093959": {
            type: "GROUP",
            name: "checkout (cart to PLACED) (warm-up)",
            path: "checkout (cart to PLACED) (warm-up)",
            pathFormatted: "group_checkout--cart--1647093959",
            stats: {
                name: "checkout (cart to PLACED) (warm-up)",
                "numberOfRequests": {
                    "total": "3",
                    "ok": "3",
                    "ko": "0"
                },
                "minResponseTime": {
                    "total": "2621",
                    "ok": "2621",
                    "ko": "-"
                },
                "maxResponseTime": {
                    "total": "3829",
                    "ok": "3829",
                    "ko": "-"
                },
                "meanResponseTime": {
                    "total": "3388",
                    "ok": "3388",
                    "ko": "-"
                },
                "standardDeviation": {
                    "total": "545",
                    "ok": "545",
                    "ko": "-"
                },
                "percentiles1": {
                    "total": "3715",
                    "ok": "3715",
                    "ko": "-"
                },
                "percentiles2": {
                    "total": "3829",
                    "ok": "3829",
                    "ko": "-"
                },
                "percentiles3": {
                    "total": "3829",
                    "ok": "3829",
                    "ko": "-"
                },
                "percentiles4": {
                    "total": "3829",
                    "ok": "3829",
                    "ko": "-"
                },
                "group1": {
                    name: "t < 800 ms",
                    "htmlName": "t < 800 ms",
                    "count": 0,
                    "percentage": 0.0
                },
                "group2": {
                    name: "800 ms <= t < 1200 ms",
                    "htmlName": "t >= 800 ms <br> t < 1200 ms",
                    "count": 0,
                    "percentage": 0.0
                },
                "group3": {
                    name: "t >= 1200 ms",
                    "htmlName": "t >= 1200 ms",
                    "count": 3,
                    "percentage": 100.0
                },
                "group4": {
                    name: "failed",
                    "htmlName": "failed",
                    "count": 0,
                    "percentage": 0.0
                },
                "meanNumberOfRequestsPerSecond": {
                    "total": "0.12",
                    "ok": "0.12",
                    "ko": "-"
                }
            },
            contents: {
                "req_checkout--place-419732246": {
                    type: "REQUEST",
                    name: "checkout: place order (card) (warm-up)",
                    path: "checkout (cart to PLACED) (warm-up) / checkout: place order (card) (warm-up)",
                    pathFormatted: "req_checkout--cart---175849632",
                    stats: {
                        name: "checkout: place order (card) (warm-up)",
                        "numberOfRequests": {
                            "total": "3",
                            "ok": "3",
                            "ko": "0"
                        },
                        "minResponseTime": {
                            "total": "1187",
                            "ok": "1187",
                            "ko": "-"
                        },
                        "maxResponseTime": {
                            "total": "2578",
                            "ok": "2578",
                            "ko": "-"
                        },
                        "meanResponseTime": {
                            "total": "2026",
                            "ok": "2026",
                            "ko": "-"
                        },
                        "standardDeviation": {
                            "total": "603",
                            "ok": "603",
                            "ko": "-"
                        },
                        "percentiles1": {
                            "total": "2313",
                            "ok": "2313",
                            "ko": "-"
                        },
                        "percentiles2": {
                            "total": "2578",
                            "ok": "2578",
                            "ko": "-"
                        },
                        "percentiles3": {
                            "total": "2578",
                            "ok": "2578",
                            "ko": "-"
                        },
                        "percentiles4": {
                            "total": "2578",
                            "ok": "2578",
                            "ko": "-"
                        },
                        "group1": {
                            name: "t < 800 ms",
                            "htmlName": "t < 800 ms",
                            "count": 0,
                            "percentage": 0.0
                        },
                        "group2": {
                            name: "800 ms <= t < 1200 ms",
                            "htmlName": "t >= 800 ms <br> t < 1200 ms",
                            "count": 1,
                            "percentage": 33.33333333333333
                        },
                        "group3": {
                            name: "t >= 1200 ms",
                            "htmlName": "t >= 1200 ms",
                            "count": 2,
                            "percentage": 66.66666666666666
                        },
                        "group4": {
                            name: "failed",
                            "htmlName": "failed",
                            "count": 0,
                            "percentage": 0.0
                        },
                        "meanNumberOfRequestsPerSecond": {
                            "total": "0.12",
                            "ok": "0.12",
                            "ko": "-"
                        }
                    }
                }
            }
        },
        "group_checkout--cart---1955363239": {
            type: "GROUP",
            name: "checkout (cart to PLACED)",
            path: "checkout (cart to PLACED)",
            pathFormatted: "group_checkout--cart---1955363239",
            stats: {
                name: "checkout (cart to PLACED)",
                "numberOfRequests": {
                    "total": "25",
                    "ok": "25",
                    "ko": "0"
                },
                "minResponseTime": {
                    "total": "686",
                    "ok": "686",
                    "ko": "-"
                },
                "maxResponseTime": {
                    "total": "6220",
                    "ok": "6220",
                    "ko": "-"
                },
                "meanResponseTime": {
                    "total": "3712",
                    "ok": "3712",
                    "ko": "-"
                },
                "standardDeviation": {
                    "total": "1721",
                    "ok": "1721",
                    "ko": "-"
                },
                "percentiles1": {
                    "total": "4399",
                    "ok": "4399",
                    "ko": "-"
                },
                "percentiles2": {
                    "total": "5909",
                    "ok": "5909",
                    "ko": "-"
                },
                "percentiles3": {
                    "total": "6220",
                    "ok": "6220",
                    "ko": "-"
                },
                "percentiles4": {
                    "total": "6220",
                    "ok": "6220",
                    "ko": "-"
                },
                "group1": {
                    name: "t < 800 ms",
                    "htmlName": "t < 800 ms",
                    "count": 2,
                    "percentage": 8.0
                },
                "group2": {
                    name: "800 ms <= t < 1200 ms",
                    "htmlName": "t >= 800 ms <br> t < 1200 ms",
                    "count": 1,
                    "percentage": 4.0
                },
                "group3": {
                    name: "t >= 1200 ms",
                    "htmlName": "t >= 1200 ms",
                    "count": 22,
                    "percentage": 88.0
                },
                "group4": {
                    name: "failed",
                    "htmlName": "failed",
                    "count": 0,
                    "percentage": 0.0
                },
                "meanNumberOfRequestsPerSecond": {
                    "total": "1",
                    "ok": "1",
                    "ko": "-"
                }
            },
            contents: {
                "req_checkout--add-t--2040910150": {
                    type: "REQUEST",
                    name: "checkout: add to cart",
                    path: "checkout (cart to PLACED) / checkout: add to cart",
                    pathFormatted: "req_checkout--cart---706032446",
                    stats: {
                        name: "checkout: add to cart",
                        "numberOfRequests": {
                            "total": "25",
                            "ok": "25",
                            "ko": "0"
                        },
                        "minResponseTime": {
                            "total": "63",
                            "ok": "63",
                            "ko": "-"
                        },
                        "maxResponseTime": {
                            "total": "1860",
                            "ok": "1860",
                            "ko": "-"
                        },
                        "meanResponseTime": {
                            "total": "815",
                            "ok": "815",
                            "ko": "-"
                        },
                        "standardDeviation": {
                            "total": "517",
                            "ok": "517",
                            "ko": "-"
                        },
                        "percentiles1": {
                            "total": "839",
                            "ok": "839",
                            "ko": "-"
                        },
                        "percentiles2": {
                            "total": "1534",
                            "ok": "1534",
                            "ko": "-"
                        },
                        "percentiles3": {
                            "total": "1860",
                            "ok": "1860",
                            "ko": "-"
                        },
                        "percentiles4": {
                            "total": "1860",
                            "ok": "1860",
                            "ko": "-"
                        },
                        "group1": {
                            name: "t < 800 ms",
                            "htmlName": "t < 800 ms",
                            "count": 11,
                            "percentage": 44.0
                        },
                        "group2": {
                            name: "800 ms <= t < 1200 ms",
                            "htmlName": "t >= 800 ms <br> t < 1200 ms",
                            "count": 6,
                            "percentage": 24.0
                        },
                        "group3": {
                            name: "t >= 1200 ms",
                            "htmlName": "t >= 1200 ms",
                            "count": 8,
                            "percentage": 32.0
                        },
                        "group4": {
                            name: "failed",
                            "htmlName": "failed",
                            "count": 0,
                            "percentage": 0.0
                        },
                        "meanNumberOfRequestsPerSecond": {
                            "total": "1",
                            "ok": "1",
                            "ko": "-"
                        }
                    }
                },
                "req_checkout--place-146292584": {
                    type: "REQUEST",
                    name: "checkout: place order (card)",
                    path: "checkout (cart to PLACED) / checkout: place order (card)",
                    pathFormatted: "req_checkout--cart--1340295264",
                    stats: {
                        name: "checkout: place order (card)",
                        "numberOfRequests": {
                            "total": "25",
                            "ok": "25",
                            "ko": "0"
                        },
                        "minResponseTime": {
                            "total": "224",
                            "ok": "224",
                            "ko": "-"
                        },
                        "maxResponseTime": {
                            "total": "3159",
                            "ok": "3159",
                            "ko": "-"
                        },
                        "meanResponseTime": {
                            "total": "1613",
                            "ok": "1613",
                            "ko": "-"
                        },
                        "standardDeviation": {
                            "total": "800",
                            "ok": "800",
                            "ko": "-"
                        },
                        "percentiles1": {
                            "total": "1598",
                            "ok": "1598",
                            "ko": "-"
                        },
                        "percentiles2": {
                            "total": "3071",
                            "ok": "3071",
                            "ko": "-"
                        },
                        "percentiles3": {
                            "total": "3159",
                            "ok": "3159",
                            "ko": "-"
                        },
                        "percentiles4": {
                            "total": "3159",
                            "ok": "3159",
                            "ko": "-"
                        },
                        "group1": {
                            name: "t < 800 ms",
                            "htmlName": "t < 800 ms",
                            "count": 5,
                            "percentage": 20.0
                        },
                        "group2": {
                            name: "800 ms <= t < 1200 ms",
                            "htmlName": "t >= 800 ms <br> t < 1200 ms",
                            "count": 2,
                            "percentage": 8.0
                        },
                        "group3": {
                            name: "t >= 1200 ms",
                            "htmlName": "t >= 1200 ms",
                            "count": 18,
                            "percentage": 72.0
                        },
                        "group4": {
                            name: "failed",
                            "htmlName": "failed",
                            "count": 0,
                            "percentage": 0.0
                        },
                        "meanNumberOfRequestsPerSecond": {
                            "total": "1",
                            "ok": "1",
                            "ko": "-"
                        }
                    }
                }
            }
        },
        "req_ping--keep-aliv--216795080": {
            type: "REQUEST",
            name: "ping (keep-alive) (warm-up)",
            path: "ping (keep-alive) (warm-up)",
            pathFormatted: "req_ping--keep-aliv--216795080",
            stats: {
                name: "ping (keep-alive) (warm-up)",
                "numberOfRequests": {
                    "total": "14",
                    "ok": "14",
                    "ko": "0"
                },
                "minResponseTime": {
                    "total": "22",
                    "ok": "22",
                    "ko": "-"
                },
                "maxResponseTime": {
                    "total": "158",
                    "ok": "158",
                    "ko": "-"
                },
                "meanResponseTime": {
                    "total": "48",
                    "ok": "48",
                    "ko": "-"
                },
                "standardDeviation": {
                    "total": "37",
                    "ok": "37",
                    "ko": "-"
                },
                "percentiles1": {
                    "total": "32",
                    "ok": "32",
                    "ko": "-"
                },
                "percentiles2": {
                    "total": "158",
                    "ok": "158",
                    "ko": "-"
                },
                "percentiles3": {
                    "total": "158",
                    "ok": "158",
                    "ko": "-"
                },
                "percentiles4": {
                    "total": "158",
                    "ok": "158",
                    "ko": "-"
                },
                "group1": {
                    name: "t < 800 ms",
                    "htmlName": "t < 800 ms",
                    "count": 14,
                    "percentage": 100.0
                },
                "group2": {
                    name: "800 ms <= t < 1200 ms",
                    "htmlName": "t >= 800 ms <br> t < 1200 ms",
                    "count": 0,
                    "percentage": 0.0
                },
                "group3": {
                    name: "t >= 1200 ms",
                    "htmlName": "t >= 1200 ms",
                    "count": 0,
                    "percentage": 0.0
                },
                "group4": {
                    name: "failed",
                    "htmlName": "failed",
                    "count": 0,
                    "percentage": 0.0
                },
                "meanNumberOfRequestsPerSecond": {
                    "total": "0.56",
                    "ok": "0.56",
                    "ko": "-"
                }
            }
        },
        "req_ping--keep-aliv--704561398": {
            type: "REQUEST",
            name: "ping (keep-alive)",
            path: "ping (keep-alive)",
            pathFormatted: "req_ping--keep-aliv--704561398",
            stats: {
                name: "ping (keep-alive)",
                "numberOfRequests": {
                    "total": "100",
                    "ok": "100",
                    "ko": "0"
                },
                "minResponseTime": {
                    "total": "24",
                    "ok": "24",
                    "ko": "-"
                },
                "maxResponseTime": {
                    "total": "1380",
                    "ok": "1380",
                    "ko": "-"
                },
                "meanResponseTime": {
                    "total": "385",
                    "ok": "385",
                    "ko": "-"
                },
                "standardDeviation": {
                    "total": "257",
                    "ok": "257",
                    "ko": "-"
                },
                "percentiles1": {
                    "total": "401",
                    "ok": "401",
                    "ko": "-"
                },
                "percentiles2": {
                    "total": "811",
                    "ok": "811",
                    "ko": "-"
                },
                "percentiles3": {
                    "total": "1380",
                    "ok": "1380",
                    "ko": "-"
                },
                "percentiles4": {
                    "total": "1380",
                    "ok": "1380",
                    "ko": "-"
                },
                "group1": {
                    name: "t < 800 ms",
                    "htmlName": "t < 800 ms",
                    "count": 95,
                    "percentage": 95.0
                },
                "group2": {
                    name: "800 ms <= t < 1200 ms",
                    "htmlName": "t >= 800 ms <br> t < 1200 ms",
                    "count": 4,
                    "percentage": 4.0
                },
                "group3": {
                    name: "t >= 1200 ms",
                    "htmlName": "t >= 1200 ms",
                    "count": 1,
                    "percentage": 1.0
                },
                "group4": {
                    name: "failed",
                    "htmlName": "failed",
                    "count": 0,
                    "percentage": 0.0
                },
                "meanNumberOfRequestsPerSecond": {
                    "total": "4",
                    "ok": "4",
                    "ko": "-"
                }
            }
        }
    }
}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numbe
}
