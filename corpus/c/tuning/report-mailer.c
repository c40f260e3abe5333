/* mailreport: e-mails a generated report to a recipient.
 * usage: mailreport RECIPIENT REPORT_NAME
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPORT_DIR "/var/reports"

static int send_mail(const char *to, const char *subject, FILE *body)
{
    char cmd[512];
    char buf[4096];
    size_t n;

    snprintf(cmd, sizeof cmd, "/usr/sbin/sendmail -t -oi -f reports@example.org '%s'", to);
    // expect: sandbox.process
    FILE *mail = popen(cmd, "w");
    if (!mail)
        return -1;
    fprintf(mail, "To: %s\nSubject: %s\n\n", to, subject);
    while ((n = fread(buf, 1, sizeof buf, body)) > 0)
        fwrite(buf, 1, n, mail);
    return pclose(mail);
}

int main(int argc, char **argv)
{
    char path[256];

    if (argc < 3) {
        fprintf(stderr, "usage: mailreport RECIPIENT REPORT_NAME\n");
        return 2;
    }
    const char *recipient = argv[1];
    const char *report = argv[2];
    if (strlen(report) > 64) {
        fprintf(stderr, "report name too long\n");
        return 2;
    }

    char regen[256];
    snprintf(regen, sizeof regen, "/usr/local/bin/make-report --name %s", argv[2]);
    if (argc > 3 && strcmp(argv[3], "--regenerate") == 0) {
        // expect: sandbox.process
        if (system(regen) != 0)
            return 1;
    }

    snprintf(path, sizeof path, "%s/%s.txt", REPORT_DIR, report);
    // expect: sandbox.fs
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return 1;
    }
    int rc = send_mail(recipient, report, fp);
    fclose(fp);
    // ok: sandbox.process
    system("logger -t mailreport sent");
    return rc == 0 ? 0 : 1;
}
