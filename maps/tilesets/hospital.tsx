<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="hospital" tilewidth="16" tileheight="16" tilecount="74" columns="16">
 <image source="../../assets/tiles/hospital.png" width="256" height="80"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_lino_0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_lino_1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="floor_stone"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="floor_tile"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="wallcap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="wallcap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="wallcap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="wallcap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="wallcap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="wallcap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="wallcap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="wallcap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="wallcap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="wallcap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="wallcap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="wallcap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="wallcap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="wallcap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="wallcap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="wallcap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="theatre_window/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="pane,6,2"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="theatre_window/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="theatre_window/2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="theatre_window/3,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="theatre_window/4,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="theatre_window/5,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="theatre_window/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="theatre_window/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="theatre_window/2,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="theatre_window/3,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="theatre_window/4,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="theatre_window/5,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="door/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="door/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="doors_double/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="doors_double/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="doors_double/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="doors_double/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="doorway/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="doorway/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="bench/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,10,15,6"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="bench/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,10,15,6"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="chair"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,9,10,7"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="station/0,0"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="station/1,0"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="station/2,0"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="station/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="station/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="station/2,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="trolley"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,9,14,7"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="bed/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,14,15"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="bed/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="monitor/0,0"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="monitor/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,7,10,7"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="drip/0,0"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="drip/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,7,10,7"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="plant/0,0"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="plant/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,0,11,16"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="curtain/0,0"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="curtain/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,7,16,7"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="sign/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="sign/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="clock"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="noticeboard/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="noticeboard/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="basin/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="basin/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="op_table/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,10,15,6"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="op_table/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,10,15,6"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="op_lamp"/>
   <property name="glow" value="lamp,1,1"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="drawers/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="drawers/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
