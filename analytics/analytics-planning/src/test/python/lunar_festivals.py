#!/usr/bin/python3
"""Independent reference for ChinaCalendar's traditional festival dates.

Uses the Debian package python3-lunardate (a table-driven lunar calendar, unrelated to tyme4j) to
convert lunar month/day to Gregorian dates for lunar years 2025-2027. Run with the system python:
    /usr/bin/python3 analytics/analytics-planning/src/test/python/lunar_festivals.py > analytics/analytics-planning/src/test/resources/golden/lunar_festivals.csv
"""
from lunardate import LunarDate

FESTIVALS = [("春节", 1, 1), ("元宵节", 1, 15), ("龙头节", 2, 2), ("端午节", 5, 5), ("七夕节", 7, 7),
             ("中元节", 7, 15), ("中秋节", 8, 15), ("重阳节", 9, 9), ("腊八节", 12, 8)]

print("festival,lunar_year,date")
for year in (2025, 2026, 2027):
    for name, month, day in FESTIVALS:
        print(f"{name},{year},{LunarDate(year, month, day).toSolarDate().isoformat()}")
    # 除夕: the day before next year's 春节 (the last day of the 12th month, 29th or 30th)
    eve = LunarDate(year + 1, 1, 1).toSolarDate().toordinal() - 1
    from datetime import date
    print(f"除夕,{year},{date.fromordinal(eve).isoformat()}")
