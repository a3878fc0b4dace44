#!/usr/bin/env python3
"""Browser test of the forecast workflow (issue 7), in headless Chromium through Selenium:
a committee controller logs in, enters a forecast and submits it; a central controller logs
in, sees the committee report unchanged, approves, and sees the report change. Then the
administrator adds a user through the form (issue 17 item 8), who logs in. Screenshots
go to $BALANS_ARTIFACTS (default /tmp/balans-browser).

usage: workflow.py BALANS_BINARY [DATABASE_URL]  (default: the demo's SQLite file)"""
import os, re, socket, subprocess, sys, tempfile, time, urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

binary = sys.argv[1]
artifacts = os.environ.get("BALANS_ARTIFACTS", "/tmp/balans-browser")
os.makedirs(artifacts, exist_ok=True)
work = tempfile.mkdtemp(prefix="balans-browser-")
database = sys.argv[2] if len(sys.argv) > 2 else os.path.join(work, "balans.sqlite")
subprocess.run([binary, "demo", "--out", work, "--no-pdf", "--db", database], check=True, stderr=subprocess.DEVNULL)
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
server = subprocess.Popen([binary, "serve", "--db", database, "--host", "127.0.0.1", "--port", str(port)],
                          stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
base = f"http://localhost:{port}"
for _ in range(100):
    try:
        urllib.request.urlopen(base + "/login", timeout=1)
        break
    except Exception:
        time.sleep(0.1)

options = Options()
for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1300,1000", "--disable-dev-shm-usage"]:
    options.add_argument(flag)
chromium = next((p for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] if os.path.exists(p)), None)
if chromium:
    options.binary_location = chromium
driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
failures = []

# WCAG 2 A/AA with axe-core (the copy inside the axe-selenium-python package from PyPI).
try:
    import glob, axe_selenium_python
    AXE = open(glob.glob(os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules/axe-core/axe.min.js"))[0]).read()
except Exception:
    AXE = None
driver.set_script_timeout(120)

def accessible(what):
    """No axe-core WCAG 2 A or AA violation on the current page."""
    if AXE is None:
        print("axe-core not installed: accessibility not checked")
        return
    driver.execute_script(AXE)
    result = driver.execute_script("return axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}});")
    for v in result["violations"]:
        check(False, f"{what}: {v['id']} ({v['impact']}): {v['help']} at {v['nodes'][0]['target'] if v['nodes'] else ''}")

def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)

def wait_for(condition, seconds=10):
    """A click returns before the next page has loaded: wait until it has."""
    end = time.time() + seconds
    while time.time() < end:
        try:
            if condition():
                return True
        except Exception:
            pass
        time.sleep(0.05)
    return False

def click_and_wait(element):
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()
    wait_for(lambda: old.id != driver.find_element(By.TAG_NAME, "html").id)

def login(name, password="balans-demo"):
    driver.get(base + "/login")
    accessible("login page")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    click_and_wait(driver.find_element(By.CSS_SELECTOR, "form button[type=submit]"))

def logout():
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Logga ut']"))

def report_text():
    driver.get(base + "/rapporter/namnd?period=2024-04&org=HS&format=md")
    return driver.find_element(By.TAG_NAME, "body").text

try:
    login("hs")
    check("/namnd/HS" in driver.current_url, "the committee controller lands on their committee: " + driver.current_url)
    # A voucher shared with other units: the committee's rows, the rest summed per account (issue 17).
    driver.get(base + "/verifikation/56647?rad=HS-SOM&konto=5010&period=2024-04")
    check("Övriga rader" in driver.page_source, "the committee controller sees the other rows summed")
    accessible("voucher of the committee")
    driver.get(base + "/namnd/HS/prognos?period=2024-04")
    accessible("forecast form")
    field = driver.find_element(By.NAME, "amount_0")
    # The form shows tkr in Swedish format ("402 900", "−1 520 000"): 10 000 tkr more, typed plainly.
    old = field.get_attribute("value").replace("\u00a0", "").replace(" ", "").replace("\u2212", "-")
    new = str(int(old) + 10_000)
    total_before = driver.find_element(By.CSS_SELECTOR, "tr.total td.sum").text
    field.clear()
    field.send_keys(new)
    # The script (served from this origin: the pages' CSP allows no inline script) sums while typing.
    check(wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "tr.total td.sum").text != total_before),
          "the total follows the typing")
    driver.find_element(By.NAME, "comment_0").send_keys("Lägre kostnader efter åtgärdsplanen")
    driver.save_screenshot(os.path.join(artifacts, "1-prognos.png"))
    click_and_wait(driver.find_element(By.XPATH, "//button[@value='submit']"))
    check("Prognosen är inlämnad" in driver.page_source, "submitted message")
    logout()

    login("central")
    before = report_text()
    driver.get(base + "/status?period=2024-04")
    check("Inlämnad" in driver.page_source, "the board shows the committee's forecast submitted")
    accessible("status board")
    driver.save_screenshot(os.path.join(artifacts, "2-status.png"))
    click_and_wait(driver.find_element(By.LINK_TEXT, "Aviseringar (1)"))
    check("har lämnat in prognosen" in driver.page_source, "the central controller is notified")
    accessible("notifications")
    click_and_wait(driver.find_element(By.PARTIAL_LINK_TEXT, "har lämnat in prognosen"))
    check("Lägre kostnader efter åtgärdsplanen" in driver.page_source, "the review shows the line's comment")
    check("Gällande prognos" in driver.page_source and "Förändring" in driver.page_source, "the review's columns")
    accessible("review")
    driver.save_screenshot(os.path.join(artifacts, "3-granska.png"))
    # Returned with a comment; the committee controller is told, fills in the Excel template and submits again.
    driver.find_element(By.ID, "comment").send_keys("Förklara intäkterna")
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Returnera']"))
    check("Prognosen är returnerad" in driver.page_source, "returned message")
    logout()

    login("hs")
    driver.get(base + "/aviseringar")
    check("är returnerad av central: Förklara intäkterna" in driver.page_source, "the committee is told of the return")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(base + "/namnd/HS/prognos/mall?period=2024-04", headers={"Cookie": cookie})
    template = os.path.join(work, "prognos-HS.xlsx")
    with urllib.request.urlopen(request) as answer, open(template, "wb") as out:
        out.write(answer.read())
    driver.get(base + "/namnd/HS/prognos?period=2024-04")
    driver.find_element(By.ID, "file").send_keys(template)
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Läs in och förhandsgranska']"))
    check("rader är oförändrade" in driver.page_source, "the upload is previewed: " + driver.page_source[-400:])
    accessible("upload preview")
    driver.save_screenshot(os.path.join(artifacts, "3-excel.png"))
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Spara som utkast']"))
    check("Prognosen är sparad som utkast" in driver.page_source, "the upload is saved as a draft")
    driver.get(base + "/namnd/HS/prognos?period=2024-04")
    click_and_wait(driver.find_element(By.XPATH, "//button[@value='submit']"))
    check("Prognosen är inlämnad" in driver.page_source, "submitted again")
    logout()

    login("central")
    driver.get(base + "/status?period=2024-04")
    click_and_wait(driver.find_element(By.LINK_TEXT, "granska"))
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Godkänn prognosen']"))
    check("Prognosen är godkänd" in driver.page_source, "approved message")
    check("Returnerad" in driver.page_source and "Godkänd" in driver.page_source, "every version in the history")
    driver.save_screenshot(os.path.join(artifacts, "4-granskad.png"))
    after = report_text()
    check(before != after, "the committee report changes once the forecast is approved")
    driver.get(base + "/rapporter/namnd?period=2024-04&org=HS&format=html")
    driver.save_screenshot(os.path.join(artifacts, "5-rapport.png"))
    accessible("committee report")
    for report in sorted(glob.glob(os.path.join(work, "reports", "*.html"))) if AXE else []:
        driver.get("file://" + report)
        accessible(os.path.basename(report))
    for page in ["/", "/namnd/HS?period=2024-04", "/namnd/HS/uppfoljning?period=2024-04", "/rad/HS-SOM/konto/5010?period=2024-04",
                 "/rad/HS-SOM/konto/6990?period=2024-04&sortera=belopp&ordning=fallande&sida=2",
                 "/verifikation/56647?rad=HS-SOM&konto=5010&period=2024-04", "/personal?period=2024-04"]:
        driver.get(base + page)
        accessible(page)
    # Issue 17 item 4: the budget template goes out and comes back; unchanged, the preview says so.
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    budget = os.path.join(work, "budget-2024.xlsx")
    with urllib.request.urlopen(urllib.request.Request(base + "/budget/mall?ar=2024", headers={"Cookie": cookie})) as answer, \
            open(budget, "wb") as out:
        out.write(answer.read())
    driver.get(base + "/budget?ar=2024")
    driver.find_element(By.ID, "budget-file").send_keys(budget)
    click_and_wait(driver.find_element(By.XPATH, "//form[.//input[@id='budget-file']]//button"))
    check("Inga belopp eller profiler ändras" in driver.page_source, "the budget upload is previewed")
    accessible("budget upload preview")
    # Issue 18: Planering. The central controller opens the 2025 proposal from the menu, raises the 2026 tax rate
    # and sees 2026's result change beside the version's own.
    click_and_wait(driver.find_element(By.LINK_TEXT, "Planering"))
    check("forslag-2025" in driver.title and "Finansiellt mål 2025" in driver.page_source, "the plan page opens")
    accessible("planning")
    result_2026 = "//table[caption='{}']//tr[th='Resultat']/td[2]"
    before = driver.find_element(By.XPATH, result_2026.format("Resultat forslag-2025 (mnkr)")).text
    driver.find_element(By.ID, "w-skattesats-2026").send_keys("11,60")
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Beräkna']"))
    check("Med ändrade antaganden: Skattesats 2026" in driver.page_source, "the what-if is labelled")
    after = driver.find_element(By.XPATH, result_2026.format("Med ändrade antaganden (mnkr)")).text
    check(after != before, f"the 2026 result changes with the tax rate: {before} -> {after}")
    accessible("planning what-if")
    driver.execute_script("document.getElementById('antaganden').scrollIntoView()")
    driver.save_screenshot(os.path.join(artifacts, "9-planering.png"))
    # The what-if becomes a version of its own; a priority is added on its form; then it is decided.
    driver.find_element(By.ID, "p-keep").send_keys("forslag-2025-b")
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Spara som ny version']"))
    check("Versionen forslag-2025-b är skapad utifrån forslag-2025" in driver.page_source, "the new version is made")
    accessible("plan version form")
    empty = driver.find_element(By.XPATH, "//input[starts-with(@name, 'f-') and contains(@name, '-year') and @value='']")
    line = empty.get_attribute("name")[:-len("year")]
    empty.send_keys("2025")
    driver.find_element(By.NAME, line + "node").send_keys("HS")
    Select(driver.find_element(By.NAME, line + "kind")).select_by_value("satsning")
    driver.find_element(By.NAME, line + "label").send_keys("Ny vårdcentral")
    driver.find_element(By.NAME, line + "amount").send_keys("12 500 000")
    driver.find_element(By.NAME, line + "reference").send_keys("RF §60 2024")
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Spara versionen']"))
    check("Versionen är sparad" in driver.page_source, "the version's rows are saved")
    driver.save_screenshot(os.path.join(artifacts, "9-planversion.png"))
    click_and_wait(driver.find_element(By.LINK_TEXT, "Visa planen"))
    check("Ny vårdcentral" in driver.page_source, "the plan has the new priority")
    driver.find_element(By.ID, "p-reference").send_keys("RF §60 2024")
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Fastställ']"))
    check("forslag-2025-b är fastställd som budget 2025" in driver.page_source, "the version is decided")
    accessible("decided plan")
    # Publishing: the central controller fastställer UR1; a reader finds it by year and title and reads it.
    driver.get(base + "/rapporter/ur1/publicera?period=2024-04")
    accessible("publishing")
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Fastställ rapporten']"))
    check("Rapporten är fastställd" in driver.page_source, "published message")
    driver.save_screenshot(os.path.join(artifacts, "9-publicerad.png"))
    # Issue 17 item 6: the overview with its lights, and item 9: the skip link is the first stop of the keyboard.
    driver.get(base + "/?period=2024-04")
    check("Röd: stort underskott" in driver.page_source, "the overview shows the red light in words")
    driver.save_screenshot(os.path.join(artifacts, "6-oversikt.png"))
    ActionChains(driver).send_keys(Keys.TAB).perform()
    check(driver.execute_script("return document.activeElement.textContent") == "Hoppa till innehållet",
          "the skip link is the first element reached by the keyboard")
    # On a phone (390 × 844) the page itself never scrolls sideways: wide tables scroll in their own region.
    driver.set_window_size(390, 844)
    for shot, page in [("7-telefon-oversikt.png", "/?period=2024-04"), ("8-telefon-namnd.png", "/namnd/HS?period=2024-04"),
                       ("8-telefon-planering.png", "/plan?ar=2025&version=forslag-2025")]:
        driver.get(base + page)
        driver.save_screenshot(os.path.join(artifacts, shot))
        width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        check(width[0] <= width[1] + 1, f"{page} scrolls sideways at phone width: {width}")
        accessible(page + " at phone width")
    driver.set_window_size(1300, 1000)
    driver.get(base + "/granskning")
    check("Prognos godkänd" in driver.page_source and "Prognos inlämnad" in driver.page_source, "the audit trail has both steps")
    accessible("audit trail")
    driver.save_screenshot(os.path.join(artifacts, "10-granskning.png"))
    logout()
    login("lasare")
    driver.get(base + "/rapporter")
    check("<h3>2024</h3>" in driver.page_source and "Uppföljningsrapport 1 2024" in driver.page_source,
          "the reader sees the published report by year and title")
    accessible("published reports")
    click_and_wait(driver.find_element(By.XPATH, "//a[text()='html']"))
    check("Uppföljningsrapport 1" in driver.page_source, "the reader reads the published report")
    driver.save_screenshot(os.path.join(artifacts, "11-lasare.png"))
    driver.get(base + "/rapporter")  # the report is a document of its own, without the menu
    logout()

    # The administrator adds a committee controller through the form; she logs in and sees her committee.
    login("admin")
    click_and_wait(driver.find_element(By.LINK_TEXT, "Användare"))
    accessible("users page")
    driver.find_element(By.ID, "u-name").send_keys("selma")
    Select(driver.find_element(By.ID, "u-role")).select_by_value("committee")
    Select(driver.find_element(By.ID, "u-node")).select_by_value("HS")
    driver.find_element(By.ID, "u-email").send_keys("selma@example.se")
    driver.find_element(By.ID, "u-password").send_keys("selmas-lösenord")
    click_and_wait(driver.find_element(By.XPATH, "//button[text()='Lägg till']"))
    check("Användaren selma är tillagd" in driver.page_source, "the user is added")
    driver.save_screenshot(os.path.join(artifacts, "12-anvandare.png"))
    click_and_wait(driver.find_element(By.LINK_TEXT, "selma"))
    check("Inaktivera användaren" in driver.page_source, "the user's page")
    accessible("user page")
    logout()
    login("selma", "selmas-lösenord")
    check("/namnd/HS" in driver.current_url, "the new user lands on her committee: " + driver.current_url)
    click_and_wait(driver.find_element(By.LINK_TEXT, "Byt lösenord"))
    accessible("own password page")
    driver.save_screenshot(os.path.join(artifacts, "13-losenord.png"))
finally:
    driver.quit()
    server.terminate()
    server.wait()

if failures:
    sys.exit(1)
print("browser workflow ok; screenshots in", artifacts)
