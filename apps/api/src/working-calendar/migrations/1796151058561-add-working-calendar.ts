import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddWorkingCalendar1796151058561 implements MigrationInterface {
  name = 'AddWorkingCalendar1796151058561';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"business_hours\" (\"id\" smallint NOT NULL DEFAULT '1', \"day_start_minute\" smallint NOT NULL, \"day_end_minute\" smallint NOT NULL, \"time_zone\" text NOT NULL DEFAULT 'Asia/Shanghai', \"updated_by\" uuid, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"business_hours_time_zone_check\" CHECK (time_zone = 'Asia/Shanghai'), CONSTRAINT \"business_hours_range_check\" CHECK (day_start_minute >= 0 AND day_start_minute < day_end_minute AND day_end_minute <= 1440), CONSTRAINT \"business_hours_single_row_check\" CHECK (id = 1), CONSTRAINT \"PK_560a76077605005da835fe505a5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"calendar_days\" (\"day\" date NOT NULL, \"kind\" text NOT NULL, \"name\" text NOT NULL, \"source\" text NOT NULL, \"removed\" boolean NOT NULL DEFAULT false, \"updated_by\" uuid, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"calendar_days_removed_check\" CHECK (NOT removed OR source = 'MANUAL'), CONSTRAINT \"calendar_days_make_up_weekend_check\" CHECK (kind <> 'MAKE_UP_WORKDAY' OR extract(isodow FROM day) IN (6, 7)), CONSTRAINT \"calendar_days_name_check\" CHECK (length(btrim(name)) BETWEEN 1 AND 60), CONSTRAINT \"calendar_days_source_check\" CHECK (source IN ('PACKAGE','MANUAL')), CONSTRAINT \"calendar_days_kind_check\" CHECK (kind IN ('HOLIDAY','MAKE_UP_WORKDAY')), CONSTRAINT \"PK_8b478c54fa0517b1bdc755d0c5d\" PRIMARY KEY (\"day\"))");
    await queryRunner.query("ALTER TABLE \"business_hours\" ADD CONSTRAINT \"FK_12875e0503fdc5431d119f64917\" FOREIGN KEY (\"updated_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"calendar_days\" ADD CONSTRAINT \"FK_a12b44000b9e95581e7e5484f5a\" FOREIGN KEY (\"updated_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // The one row of business hours, 09:00–18:00, so the SLA clock has hours before any admin sets them.
    await queryRunner.query("INSERT INTO \"business_hours\" (\"id\", \"day_start_minute\", \"day_end_minute\") VALUES (1, 540, 1080)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"calendar_days\" DROP CONSTRAINT \"FK_a12b44000b9e95581e7e5484f5a\"");
    await queryRunner.query("ALTER TABLE \"business_hours\" DROP CONSTRAINT \"FK_12875e0503fdc5431d119f64917\"");
    await queryRunner.query("DROP TABLE \"calendar_days\"");
    await queryRunner.query("DROP TABLE \"business_hours\"");
  }
}
